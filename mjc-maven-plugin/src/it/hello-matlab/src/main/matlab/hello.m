x = twice(21);
fprintf('hello from matlab: %d\n', x);
