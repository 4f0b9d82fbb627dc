function scalar_params()
% functions called with real double scalars run a version compiled for them (call$p): loop
% variables over 1:n are JVM doubles whatever the outputs; other arguments take the generic body
  v = squares(5);
  disp(v)
  [a, b] = two(3);
  disp([a b])
  p = struct_loop(10);
  disp(p)
  try
    bad(2)
  catch e
    disp(e.message); disp(e.stack(1).name); disp(e.stack(1).line)
  end
  disp(squares(int8(3)))
  disp(class(squares(single(2))))
  n = count_to(4);
  disp(n)
  disp(pick({10, 1}, 5))
  disp(pick({10, 1}, int8(3)))
  try
    pick({10, 1})
  catch e
    disp(e.message)
  end
end
function v = squares(n)
  v = zeros(1, n);
  for i = 1:n
    v(i) = i ^ 2;
  end
end
function [a, b] = two(n)
  a = 0;
  for i = 1:n
    a = a + i;
  end
  b = {a};
  b = b{1} * 2;
end
function total = struct_loop(n)
  p.x = 0;
  p.y = 1;
  for i = 1:n
    p.x = p.x + i * p.y;
    p.y = -p.y;
  end
  total = p;
end
function bad(n)
  for i = 1:n
    x = i;
  end
  error('my:bad', 'bad at %d', x);
end
function n = count_to(n)
  for i = 1:3
    n = n + 1;
  end
end
function s = pick(c, n)
  % c stays generic, n is checked and taken as a double
  s = 0;
  for k = 1:n
    s = s + c{mod(k, 2) + 1};
  end
end
