fprintf('%.6f\n', fzero(@(x) x^2 - 2, 1));
fprintf('%.6f\n', fzero(@cos, [1 2]));
x = fminsearch(@(x) (1 - x(1))^2 + 100*(x(2) - x(1)^2)^2, [-1.2, 1]);
fprintf('%.4f %.4f\n', x);
fprintf('%.10f\n', integral(@(x) x.^2, 0, 3));
fprintf('%.10f\n', integral(@(x) exp(-x.^2), -Inf, Inf));
fprintf('%.10f\n', integral(@(x) 1 ./ (1 + x.^2), 0, Inf));
fprintf('%.8f\n', erf(0.5));
fprintf('%.8f\n', erfc(3));
fprintf('%.8f\n', erf(-2.7));
[t, y] = ode45(@(t, y) -2 * y, [0 1], 1);
[t, y] = ode45(@(t, y) [y(2); -y(1)], [0 pi/2 pi], [0; 1]);
fprintf('%.5f %.5f\n', y');
disp(rot90([1 2; 3 4]))
disp(rot90([1 2 3], 2))
c = mat2cell(magic(4), [1 3], [2 2]);
disp(size(c{2, 1}))
disp(mtimes([1 2], [3; 4]))
s = svd([3 0; 0 4]);
fprintf('%.4f\n', s);
fprintf('%.4f\n', svd(magic(3)));
A = [4 2; 2 3];
R = chol(A);
fprintf('%.4f ', R); fprintf('\n');
[L, U, P] = lu([1 2; 3 4]);
[L2, U2] = lu([1 2; 3 4]);
disp(L2)
fprintf('%.4f\n', cond([1 2; 3 4]));
p = pinv([1 2; 2 4]);
fprintf('%.4f ', p); fprintf('\n');
[Q, R] = qr([1 2; 3 4]);
fprintf('%.4f ', abs(Q * R - [1 2; 3 4]) < 1e-12); fprintf('\n');
n = null([1 1; 1 1]);
fprintf('%.4f\n', abs(n));
try
  chol([1 2; 2 1]);
catch e
  disp(e.identifier)
end
