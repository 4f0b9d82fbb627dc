% Missing data (ismissing, rmmissing, fillmissing): Octave 7.3 has none of them, so the expected
% output follows MATLAB's documentation
disp(ismissing([1 NaN 3])); disp(ismissing("a")); disp(ismissing({'a', '', 'b'})); disp(ismissing('a b'));
disp(rmmissing([1 NaN 3 NaN])); disp(rmmissing([1 2; NaN 3; 4 5])); disp(rmmissing([1 2; NaN 3; 4 5], 2));
[B2, tf] = rmmissing([NaN; 2; 3])
disp(fillmissing([1 NaN 3 NaN NaN 6], 'linear')); disp(fillmissing([NaN 2 NaN 4 NaN], 'previous'));
disp(fillmissing([NaN 2 NaN 4 NaN], 'next')); disp(fillmissing([1 NaN NaN 4], 'constant', 0));
disp(fillmissing([1 NaN NaN NaN 5], 'nearest')); disp(fillmissing([NaN 1; 2 NaN; 3 4], 'linear'));
