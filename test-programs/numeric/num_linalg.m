% matrix algebra
A = [4 -2; 1 1];
b = [2; 3];
x = A \ b;
fprintf('%.4f %.4f\n', x);
y = b' / A;
fprintf('%.4f %.4f\n', y);
fprintf('%.4f\n', det(A));
Ai = inv(A);
fprintf('%.4f %.4f\n', Ai');
disp(rank([1 2; 2 4]))
disp(trace(magic(3)))
disp(A * A)
disp(A .* A)
disp(A ^ 2)
disp(A .^ 2)
disp(A')
disp(eye(3) + 0)
disp(kron([1 2], [1; 1]))
disp(triu(magic(3)))
disp(tril(magic(3), -1))
disp(diag([1 2 3]) + 0)
disp(diag(magic(3))')
B = magic(4);
fprintf('%d\n', rank(B));
disp(reshape(1:6, 2, 3))
disp(reshape(1:6, [], 2)')
C = [1 2; 3 4];
disp(C(:)')
disp(sum(C(:)))
disp(numel(C))
disp(ndims(zeros(2, 3, 4)))
disp(size(permute(zeros(2, 3, 4), [3 1 2])))
disp(squeeze(ones(1, 1, 3))')
disp(cat(1, [1 2], [3 4]))
disp(size(cat(3, C, C)))
disp(horzcat([1; 2], [3; 4]))
disp(vertcat([1 2], [3 4]))
disp(repmat([1 2], 2, 2))
fprintf('%.4f\n', max(max(abs(C * inv(C) - eye(2)))) < 1e-12);
disp(null_count([1 2; 2 4]))
function n = null_count(M)
  n = size(M, 2) - rank(M);
end
