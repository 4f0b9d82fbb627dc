% cumsum/cumprod with 'omitnan' and 'reverse' (MATLAB documentation).
disp(cumsum([1 NaN 3], 'omitnan'))
disp(cumsum([1 2 3], 'reverse'))
disp(cumprod([1 2; 3 4], 2, 'reverse'))
disp(cumsum([1 2; 3 4]))
