function loop_index_arith()
  v = zeros(1, 6);
  for i = 0.5:1:5.5
    v(i + 0.5) = i;
  end
  disp(v)
  for i = 6:-1:2
    v(i - 1) = v(i) + 1;
  end
  disp(v)
  s = 2;
  w = zeros(1, 9);
  for i = 1:s:9
    w(i) = i;
    if i == 5, continue; end
    w(i + 1) = -i;
  end
  disp(w)
  for i = 1:1:3.5
    w(i) = 100;
  end
  disp(w)
  for i = 1:3
    i = i * 2;
    w(i) = 7;
  end
  disp(w)
  m = zeros(1, 12);
  for i = 1:3
    for j = 1:4
      m((i - 1) * 4 + j) = i * 10 + j;
      if j == 3, break; end
    end
  end
  disp(m)
  for i = 3:-1:1
    m(i) = m(i + 1) - 1;
  end
  disp(m(1:4))
  try
    for i = 1:6
      v(i) = v(i + 1);
    end
  catch e
    disp(e.message)
  end
  disp(v)
  try
    for i = 1:3
      q = v(i - 1);
    end
  catch e
    disp(e.message)
  end
  for i = 1:0
    v(i) = 1;
  end
  disp(i)
  z = zeros(1, 3);
  for i = 2:4
    z(i + 1) = i;   % grows past the end
  end
  disp(z)
end
