function n = string_build(count)
% grow a char row with sprintf in a loop
  s = '';
  for i = 1:count
    s = [s sprintf('%d,', i)];
  end
  n = numel(s);
end
