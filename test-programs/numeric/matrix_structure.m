% Matrix structure tests and special matrices (isdiag/istril/istriu/isbanded/bandwidth/
% issymmetric/ishermitian, hadamard/rosser/wilkinson, blkdiag, repelem), checked against Octave 7.3
A = [1 2 0; 0 3 4; 0 0 5];
disp([isdiag(A) istril(A) istriu(A) isdiag(eye(3)) istril(A') isbanded(A, 0, 1) isbanded(A, 0, 0)])
[lo, up] = bandwidth(A)
disp(bandwidth(magic(4), 'lower'))
S = [1 2; 2 1];
disp([issymmetric(S) issymmetric(A) ishermitian([1 1i; -1i 2]) issymmetric([1 1i; 1i 2]) ishermitian([1 1i; 1i 2])])
disp(issymmetric([0 1; -1 0], 'skew'))
disp(issymmetric([1 2+1e-12; 2 1], 1e-10))
disp(hadamard(4)); disp(hadamard(1)); disp(size(hadamard(8)))
H12 = hadamard(12); disp(H12)
H20 = hadamard(20); disp(isequal(H20'*H20, 20*eye(20)))
disp(rosser)
disp(wilkinson(5)); disp(wilkinson(4))
disp(blkdiag([1 2; 3 4], 5, [6 7]))
disp(class(blkdiag(single(1), 2)))
disp(repelem([1 2 3], 2)); disp(repelem([1 2 3]', [1 0 2])); disp(repelem([1 2; 3 4], 2, 3))
disp(repelem('ab', 3))
