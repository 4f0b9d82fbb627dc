% pp-form splines (spline, pchip, ppval, mkpp, unmkpp), fminbnd with optimset/optimget, the quad
% family, hist counts, conv2 and filter2 (checked against Octave 7.3)
x = 0:4; y = [0 1 0 1 0];
pp = spline(x, y);
disp(pp.form); disp(pp.pieces); disp(pp.order); disp(pp.breaks);
disp(pp.coefs)
disp(ppval(pp, [0.5 1.5 3.7]))
disp(spline(x, y, [0.5 2.5]))
disp(pchip(x, y, [0.5 2.5]))
p2 = mkpp([0 1 2], [1 0; 2 1]);
disp(ppval(p2, [0.5 1.5 2.5]))
[b, c, l, k, d] = unmkpp(p2)
[xm, fv] = fminbnd(@(x) (x - 2).^2 + 1, 0, 5)
xm2 = fminbnd(@cos, 3, 4)
o = optimset('TolX', 1e-8, 'display', 'off')
disp(optimget(o, 'tolx')); disp(optimget(o, 'MaxIter', 99));
xm3 = fminbnd(@(x) x.^3 - 2*x, 0, 2, o)
fprintf('%.6f\n', quad(@(x) x.^2, 0, 3));
fprintf('%.6f\n', quadl(@(x) sin(x), 0, pi));
q3 = quadgk(@(x) exp(-x.^2), -Inf, Inf)
[n, c] = hist([1 2 2 3 3 3 4 4 4 4])
[n2, c2] = hist([1 2 2 3 5 8], 3)
n3 = hist([1 2 2 3 5 8], [1 4 8])
n4 = hist(magic(4), 2)
A = magic(4); B = [1 2; 3 4];
disp(conv2(A, B)); disp(conv2(A, B, 'same')); disp(conv2(A, B, 'valid'));
disp(conv2([1 2], [1; 1], A, 'same'))
disp(filter2([1 2; 3 4], A)); disp(filter2(ones(2)/4, A, 'valid'))
