% The first program to run: a little of everything mjc compiles today.
names = {'Ada', 'Grace', 'Barbara'};
for k = 1:numel(names)
  fprintf('Hello, %s! (%d letters)\n', names{k}, length(names{k}));
end
squares = (1:5) .^ 2
total = sum(squares);
fprintf('sum of squares: %d\n', total);
fprintf('fib(20) = %d\n', fib(20));

function r = fib(n)
  if n < 2
    r = n;
  else
    r = fib(n - 1) + fib(n - 2);
  end
end
