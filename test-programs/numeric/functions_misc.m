% nthargout, namedargs2cell, mustBeMember, unwrap, detrend, integral2 (also with a limit that is a
% function of x) and dblquad (checked against Octave 7.3; mustBeMember raises an MException as MATLAB documents)
disp(nthargout(2, @max, [3 9 2])); c = nthargout([1 2], @size, ones(2, 5)); disp(c);
c2 = namedargs2cell(struct('a', 1, 'b', 'x'))
try, mustBeMember('c', {'a', 'b'}), catch e, disp(class(e)), end
mustBeMember(2, [1 2 3]); disp('ok')
p = [0 1 2 3.5 -2.9 -1 0.5];
disp(unwrap(p)); disp(unwrap([0 4 8], 2));
disp(detrend([1 2 4 7 11])); disp(detrend([1 2 4 7 11], 0)); disp(detrend([1 3 2 5 4]', 2)');
fprintf('%.6f\n', integral2(@(x, y) x.*y, 0, 1, 0, 2));
fprintf('%.6f\n', integral2(@(x, y) ones(size(x)), 0, 1, 0, @(x) 1 - x));
fprintf('%.6f\n', dblquad(@(x, y) x.^2 + y, 0, 1, 0, 1));
