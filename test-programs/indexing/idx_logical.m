% logical indexing, find, masks, and end arithmetic
data = [12 -3 7 0 -8 15 4];
pos = data(data > 0);
disp(pos)
data(data < 0) = 0;
disp(data)
mask = mod(1:10, 3) == 0;
disp(find(mask))
M = magic(4);
disp(M(M > 10)')
M(M > 10) = -1;
disp(M)
disp(M(end, :))
disp(M(:, end)')
disp(M(end))
disp(M(2:end-1, [1 end]))
v = 1:10;
v([1 end]) = [];
disp(v)
v(end+1) = 99;
disp(v(end-1:end))
A = zeros(2, 2);
A(3, 4) = 1;
disp(size(A))
B = 1:5;
B(logical([1 0 1 0 1])) = [];
disp(B)
C = eye(3) + 0;
C(2, :) = [];
disp(C)
s = 'hello world';
disp(s(end:-1:1))
disp(s(s ~= 'o'))
z = reshape(1:24, 2, 3, 4);
disp(z(2, 3, 4))
disp(z(:, :, 2))
disp(squeeze(z(1, 2, :))')
idx = sub2ind([3 4], 2, 3);
disp(idx)
[r, c] = ind2sub([3 4], 8);
fprintf('%d %d\n', r, c);
w = [];
w(3) = 5;
disp(w)
t = 1:5;
t(t > 2 & t < 5) = t(t > 2 & t < 5) * 10;
disp(t)
disp(any(t == 30))
q = true(2, 3);
disp(class(q))
disp(sum(q(:)))
