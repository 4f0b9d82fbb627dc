[q, r] = divmod(17, 5);
fprintf('%d %d\n', q, r);
disp(ackermann(2, 3))
disp(sum_list({1, 2, {3, 4, {5}}}))
[~, ~, c] = three();
disp(c)
x = three();
disp(x)
function [q, r] = divmod(a, b)
  q = floor(a / b);
  r = mod(a, b);
end
function r = ackermann(m, n)
  if m == 0
    r = n + 1;
  elseif n == 0
    r = ackermann(m - 1, 1);
  else
    r = ackermann(m - 1, ackermann(m, n - 1));
  end
end
function s = sum_list(c)
  s = 0;
  for k = 1:numel(c)
    if iscell(c{k})
      s = s + sum_list(c{k});
    else
      s = s + c{k};
    end
  end
end
function [a, b, c] = three()
  a = 1; b = 2; c = 3;
end
