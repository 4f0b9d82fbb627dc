function total = struct_loop(n)
% read and update struct fields in a loop
  p.x = 0;
  p.y = 1;
  for i = 1:n
    p.x = p.x + i * p.y;
    p.y = -p.y;
  end
  total = p.x;
end
