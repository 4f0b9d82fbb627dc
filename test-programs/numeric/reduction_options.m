% Reduction options (MATLAB docs for sum/mean/max/any: 'all', vecdim, 'omitnan',
% 'includenan', outtype); Octave 7.3 lacks 'all' and vecdim, so this follows the
% documentation. Default class of a sum of integers is double (MATLAB and Octave).
A = reshape(1:24, 2, 3, 4);
disp(sum(ones(2,3), 'all'))
disp(class(sum(int32([1 2 3]))))
disp(class(sum(int32([1 2 3]), 'native')))
disp(class(prod(int8([1 2 3]))))
disp(class(sum(single([1 2]))))
disp(sum([1 NaN 3], 'omitnan'))
disp(mean([1 NaN 3], 'omitnan'))
disp(max([1 NaN 3], [], 'includenan'))
disp(max(A, [], 'all'))
disp(size(sum(A, [1 3])))
disp(sum(A, [1 3]))
disp(squeeze(sum(A, [1 2]))')
disp(mean(A, 'all'))
disp(median([3 1 NaN 2], 'omitnan'))
disp(std([1 2 3 4], 0, 'all'))
disp(any(A > 23, 'all'))
disp(all(A > 0, [1 2]))
disp(min(A, [], [2 3]))
