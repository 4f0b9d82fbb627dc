% interp2 (linear, nearest, spline, outside the grid), ipermute, num2hex/hex2num (checked against
% Octave 7.3)
[X, Y] = meshgrid(1:3, 1:4);
Z = X.^2 + 10*Y;
disp(interp2(X, Y, Z, 1.5, 2.5)); disp(interp2(Z, [1.5 2.5], [1 3.5])); disp(interp2(1:3, 1:4, Z, 2.2, 3.7, 'nearest'));
disp(isnan(interp2(X, Y, Z, [0 2], [2 2]))); disp(interp2(X, Y, Z, 5, 2, 'linear', -1));
disp(interp2(X, Y, Z, 1.5, 2.5, 'spline'));
A = rand(2, 3, 4); B = permute(A, [3 1 2]); disp(isequal(ipermute(B, [3 1 2]), A)); disp(size(B));
disp(num2hex([1 -2 pi])); disp(num2hex(single(1))); disp(hex2num('400921fb54442d18')); disp(hex2num({'3ff', '4000000000000000'}));
