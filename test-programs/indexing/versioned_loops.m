function versioned_loops()
  n = 10;
  w = mod(1:n, 4);
  v = zeros(1, n);
  v(1) = w(1);
  for i = 2:n
    v(i) = v(i - 1) + w(i);
  end
  disp(v)
  u = v;            % shared: the loop must copy before writing
  for i = 1:n
    u(i) = u(i) * 2;
  end
  disp([v(n) u(n)])
  g = zeros(1, 2);  % grows in the loop
  for i = 1:5
    g(i) = i ^ 2;
  end
  disp(g)
  try
    for i = 1:3
      q = v(i + 20);
    end
  catch e
    disp(e.identifier)
  end
  h = 1:5;          % a range array written in place
  for i = 1:5
    h(i) = h(i) + 0.5;
  end
  disp(h)
  s = 0;
  for i = 1:n
    for j = 1:2
      s = s + v(i) * j;
    end
  end
  disp(s)
  x = [1 2 3];      % y shares x's elements; only x is written
  y = x;
  t = 0;
  for i = 1:3
    t = t + y(i);
    x(i) = -y(i);
  end
  disp(x), disp(y), disp(t)
  for i = 1:3       % created by the loop
    c(i) = i * 3;
  end
  disp(c)
end
