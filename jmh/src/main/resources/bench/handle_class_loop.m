function total = handle_class_loop(n)
% method calls and property reads/writes on a handle object
  c = BenchCounter();
  total = 0;
  for i = 1:n
    c.add(i);
    total = total + c.Count;
  end
end
