% Base conversion, bounds/range/rescale, cumtrapz, poly/deconv, fftshift,
% gammaln/beta/erfinv, findstr, strjust, rat (checked against Octave 7.3, which
% also warns that findstr is obsolete; MATLAB does not).
disp(dec2base(23, 3))
disp(dec2base(255, 16, 4))
disp(base2dec('212', 3))
disp(base2dec('ff', 16))
[lo, hi] = bounds([3 1 4 1 5])
disp(range([3 1 4 1 5]))
disp(rescale([1 2 3]))
disp(rescale([1 2 3], -1, 1))
disp(cumtrapz([1 2 3 4]))
disp(poly([1 2 3]))
[q, r] = deconv([1 5 6], [1 2])
disp(fftshift(1:5))
disp(ifftshift(1:5))
disp(fftshift([1 2; 3 4]))
fprintf('%.6f\n', gammaln(10));
fprintf('%.6f\n', beta(2, 3));
fprintf('%.6f\n', erfinv(0.5));
disp(findstr('abcbcb', 'bcb'))
disp(['[' strjust('  ab', 'left') ']'])
disp(['[' strjust('ab  ', 'right') ']'])
disp(rat(pi))
[n, d] = rat(0.75)
disp(rat(1.5))
