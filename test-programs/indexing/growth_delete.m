v = [];
for k = 1:5
  v(end+1) = k^2;
end
disp(v)
v([1 3]) = []
m = magic(4);
m(:, [2 3]) = []
m(2, :) = []
c = 1:10;
c(c > 5) = 0
z = zeros(2);
z(3, 4) = 7
s = 'hello';
s(1) = 'J'
s(end:-1:1)
x = 5;
x(3) = 1
w = reshape(1:24, 2, 3, 4);
w(:, :, 2)
size(w(1, :, :))
q = eye(3);
q(2, :) = [9 9 9]
q(:) = 1:9
t = 1:5;
t(logical([1 0 1 0 1]))
a = [1 2 3];
a(5) = 9
b = a';
b(7) = 4
