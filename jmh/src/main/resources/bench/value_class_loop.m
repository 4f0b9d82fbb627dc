function total = value_class_loop(n)
% method calls and property reads/writes on a value object
  p = BenchPoint(0, 1);
  total = 0;
  for i = 1:n
    p = p.step(i);
    total = total + p.norm1() + p.X;
  end
end
