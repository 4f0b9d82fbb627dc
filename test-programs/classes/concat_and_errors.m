% Object concatenation ([p q] and [p; q] make object arrays) and MATLAB's errors for mixing an
% object with a number, for Name.empty with a bad size and for isvalid with extra arguments.
p = Point(1, 2);
q = Point(3, 4);
a = [p q];
disp(size(a))
disp([a.Y])
b = [p; q; p];
disp(size(b))
try
  c = [p 1];
catch e
  disp(e.message)
end
try
  x = Point.empty({1});
catch e
  disp(e.message)
end
h = Counter();
try
  isvalid(1, h)
catch e
  disp(e.message)
end
hs = [h Counter()];
disp(isvalid(hs))
