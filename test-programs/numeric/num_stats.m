% statistics and set functions on small data
v = [4 8 15 16 23 42];
fprintf('%.4f %.4f %.4f\n', mean(v), median(v), std(v));
fprintf('%.4f\n', var(v));
fprintf('%.4f\n', std(v, 1));
m = magic(4);
disp(median(m))
disp(mode([1 2 2 3 3 3]))
disp(cumprod([1 2 3 4]))
disp(cumsum(m, 2))
disp(diff([1 4 9 16]))
disp(diff([1 4 9 16], 2))
disp(prod(m))
[s, i] = sort([3 1 2], 'descend');
disp([s; i])
[u, ia, ic] = unique([3 1 3 2 1]);
disp(u); disp(ia'); disp(ic');
disp(unique({'b', 'a', 'b'}))
[tf, loc] = ismember([1 5 2], [2 1 0]);
disp(tf); disp(loc);
disp(setdiff([5 1 3 3], [1]))
disp(intersect([1 2 3 4], [3 4 5]))
disp(union([3 1], [2 1]))
disp(histc([1 2 2 3 5], 1:5))
disp(nnz([1 0 2 0]))
disp(dot([1 2 3], [4 5 6]))
disp(cross([1 0 0], [0 1 0]))
fprintf('%.4f\n', norm([3 4]));
fprintf('%.4f\n', norm(magic(3)));
fprintf('%.4f\n', norm([1 2; 3 4], 'fro'));
fprintf('%.4f\n', norm([1 -5 2], Inf));
disp(xor(true, [true false]))
disp(circshift([1 2 3 4], 1))
disp(circshift([1 2; 3 4], 1, 2))
disp(flipud([1; 2; 3])')
disp(max([1 5; 7 2]))
disp(max([1 5; 7 2], [], 2)')
disp(min([4 2 8], [], 2))
disp(max(3, [1 5 2]))
[mx, im] = max([2 9 9 1]);
fprintf('%d %d\n', mx, im);
disp(any([0 0; 0 1]))
disp(all([1 1; 0 1], 2)')
disp(find([0 3 0 5]))
[r, c] = find([0 1; 1 0]);
disp([r c])
disp(find([1 1 1 1], 2))
disp(round(-2.5))
disp(fix(-2.7))
disp(sign([-3 0 2]))
disp(hypot(3, 4))
disp(nchoosek(5, 2))
disp(factorial(6))
disp(primes(20))
disp(isprime(7:10))
disp(gcd(12, 18))
disp(lcm(4, 6))
disp(linspace(0, 1, 5))
disp(floor(logspace(0, 2, 3)))
disp(trapz([1 2 3]))
disp(polyval([1 2 3], 2))
p = polyfit([1 2 3], [2 4 6], 1);
fprintf('%.4f %.4f\n', p(1), p(2));
disp(interp1([1 2 3], [10 20 30], 2.5))
disp(accumarray([1; 2; 1], [10; 20; 30])')
