% Polynomial calculus, gradient, rref/rcond, bsxfun, strvcat, moving statistics and setxor
% (checked against Octave 7.3, except movmad: MATLAB documents the moving *median* absolute
% deviation where Octave 7.3 computes the mean one)
disp(polyder([1 2 3])); disp(polyder(5)); disp(polyder([1 1], [1 -1]));
[q, d] = polyder([1 0], [1 1])
disp(polyint([3 2 1])); disp(polyint([3 2 1], 5));
disp(polyvalm([1 0 -1], [1 2; 3 4]))
disp(gradient([1 4 9 16 25])); disp(gradient([1 4 9 16 25], 2)); disp(gradient([1 4 9 16], [0 1 3 4]));
[gx, gy] = gradient(magic(3))
[gx2, gy2] = gradient(magic(3), 2, 0.5)
disp(gradient([1; 3; 7]))
disp(rref(magic(4))); disp(rref([1 2 3; 4 5 6; 7 8 10]));
[R, jb] = rref([1 2 1; 2 4 0])
disp(rcond(eye(3))); disp(rcond([1 2; 2 4])); fprintf('%.6f\n', rcond(magic(3)));
disp(bsxfun(@plus, [1; 2; 3], [10 20])); disp(bsxfun(@times, [1 2 3], 2)); disp(bsxfun(@max, [1 5; 3 2], [2 2]));
disp(bsxfun(@(a, b) a - b, magic(3), mean(magic(3))))
s = strvcat('one', '', 'three', {'a', 'bb'})
size(s)
disp(movstd([1 2 4 7 11], 3)); disp(movvar([1 2 4 7 11], 3)); disp(movprod([1 2 3 4], 2)); disp(movmad([1 2 4 7 11], 3));
[c, ia, ib] = setxor([5 1 3 3 7], [4 1 2])
disp(setxor({'a', 'b', 'c'}, {'b', 'd'}))
