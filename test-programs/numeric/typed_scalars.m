% scalar and real-array code paths keep MATLAB semantics
x = NaN;
if x < 1, disp('lt'), else, disp('not lt'), end
if x ~= x, disp('NaN ~= NaN'), end
if ~(x == x), disp('NaN == NaN is false'), end
y = 1 / 0;
disp(y)
z = -1 / 0;
disp(z)
disp(0 / 0)
s = 0;
for k = 1:0
  s = s + 1;
end
disp(s)
for k = 1:0
end
disp(size(k))
for m = 1:3
end
disp(m)
disp(mod(-7, 3)); disp(rem(-7, 3)); disp(round(-2.5)); disp(fix(-2.5)); disp(mod(5, 0)); disp(rem(5, 0))
v = zeros(1, 3);
for i = 1:5
  v(i) = i * 2;
end
disp(v)
w = v(2:end);
disp(w)
total = 0;
for i = 1:numel(v)
  total = total + v(i);
end
disp(total)
try
  q = v(7);
catch e
  disp(e.identifier)
end
try
  q = v(1.5);
catch e
  disp(e.identifier)
end
A = zeros(2, 2);
for i = 1:2
  for j = 1:2
    A(i, j) = i + 10 * j;
  end
end
disp(A)
disp(A(2, end))
c = 0;
n = 10;
while n > 1
  n = n - 3;
  c = c + 1;
end
disp([n c])
p = 2 ^ 10;
disp(p)
disp((-2) ^ 3)
r = sqrt(-4);
disp(r)
t = v;
t(1) = 100;
disp(v(1))
u = 5;
u(3) = 7;
disp(u)
disp(hypot(3, 4))
h = fact(10);
disp(h)
disp(fact(3.5))
function f = fact(n)
  if n <= 1
    f = 1;
  else
    f = n * fact(n - 1);
  end
end
