% Sparse matrices: creation from triplets (repeats summed), display, full/nnz/find/nonzeros,
% arithmetic that stays sparse or becomes full as MATLAB and Octave decide, indexing,
% assignment and growth, concatenation, spdiags/speye and A\b (checked against Octave 7.3;
% the error messages are MATLAB's)
s = sparse([1 2 3], [1 2 3], [1 2 3])
t = sparse([1 2 3 1], [1 2 3 3], [1.5 -2 300 4], 4, 4)
u = sparse(3, 3)
v = s > 1
x = s(2, 2)
disp(s)
f = full(t)
fprintf('nnz %d, issparse %d, class %s\n', nnz(t), issparse(t), class(t));
[i, j, vv] = find(t);
disp([i j vv])
A = sparse([4 1 0; 1 4 1; 0 1 4]);
xx = A \ [1; 2; 3]
fprintf('%d %d %d %d %d\n', issparse(xx), issparse(A * A), issparse(A + A), issparse(A + 1), issparse(A .* 2));
G = A * [1; 1; 1]
s(2, 3) = 7
total = sum(A)
R = sparse([1 1 2 3], [1 1 2 3], [2 3 4 5]);
disp(full(R))
R(2, :) = [];
disp(size(R))
T = sparse(2, 2);
T(3, 3) = 9;
disp(full(T))
n = 6;
e = ones(n, 1);
L = spdiags([e -2*e e], -1:1, n, n);
disp(full(L))
y = L \ (1:n)';
disp(norm(L * y - (1:n)') < 1e-10)
B = L' * L;
fprintf('%d %d\n', issparse(B), nnz(B));
neg = L(L < 0)'
K = [L(1:2, 1:2), speye(2)]
disp(nonzeros(R)')
try, sparse([1 2], [1 2 3], 1), catch err, disp(err.message), end
try, sparse(0, 1, 1), catch err, disp(err.message), end
try, sparse(3, 1, 1, 2, 2), catch err, disp(err.message), end
