% Moving-window statistics with 'Endpoints' and NaN flags, and 'native' sums of logicals
% (checked against Octave 7.3, except 'omitnan', which Octave 7.3 lacks: MATLAB's documentation)
x = [4 8 6 -1 -2 -3 -1 3 4 5];
disp(movmean(x, 3, 'Endpoints', 'discard'))
disp(movmean(x, 3, 'Endpoints', 'fill'))
disp(movsum(x, [2 0], 'Endpoints', 0))
disp(movmax(x, 4, 'Endpoints', 'shrink'))
disp(movmin(x', 3, 'Endpoints', 'discard')')
y = [1 NaN 3 4];
disp(movmean(y, 2))
disp(movsum(y, 3, 'omitnan'))
M = magic(4);
disp(movmean(M, 3, 2, 'Endpoints', 'discard'))
s = sum(true(2, 3), 'native');
disp(class(s)); disp(s)
p = prod([true false], 'native');
disp(class(p)); disp(p)
disp(class(sum(int8([100 100]), 'native'))); disp(sum(int8([100 100]), 'native'))
