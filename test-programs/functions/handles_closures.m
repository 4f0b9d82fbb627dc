f = @(x) x + 1;
disp(f(2))
g = @plus;
disp(g(2, 3))
h = @(x, y) x * y;
disp(h(3, 4))
k = 10;
adder = @(x) x + k;
k = 20;
disp(adder(1))
compose = @(f1, f2) @(x) f1(f2(x));
sq_then_inc = compose(f, @(x) x^2);
disp(sq_then_inc(3))
disp(func2str(f))
fh = str2func('sin');
disp(fh(0))
disp(feval(@max, [1 5 3]))
disp(feval('numel', [1 2 3]))
c = {@sin, @cos};
disp(c{2}(0))
m = containers_like();
disp(m(5))
counter = make_counter(3);
disp(counter())
nums = arrayfun(@(i) i * 10, 1:3);
disp(nums)
disp(is_function_handle(f))
disp(isa(f, 'function_handle'))
q = @() 42;
disp(q())

function h = containers_like()
  base = 100;
  h = @(x) base + x;
end

function c = make_counter(start)
  c = @() start + 1;
end
