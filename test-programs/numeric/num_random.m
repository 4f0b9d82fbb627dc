% seeded random numbers follow MATLAB's default generator
rng(0);
r = rand(1, 3);
fprintf('%.4f ', r); fprintf('\n');
rng(42);
a = rand;
rng(42);
b = rand;
disp(a == b)
rng(1);
k = randi(10, 1, 5);
disp(all(k >= 1 & k <= 10))
disp(size(rand(3, 2)))
rng(0);
x = rand(1000, 1);
fprintf('%.2f\n', mean(x) > 0.45 && mean(x) < 0.55);
n = randn(1, 1000);
disp(abs(mean(n)) < 0.2)
p = randperm(6);
disp(sort(p))
