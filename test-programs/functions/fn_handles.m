% handles, closures capturing by value, closures returning closures
k = 3;
addk = @(x) x + k;
k = 100;
disp(addk(1))
mk = @(n) @(x) x * n;
times5 = mk(5);
disp(times5(4))
compose = @(f, g) @(x) f(g(x));
h = compose(@sqrt, @abs);
disp(h(-16))
fs = {@sin, @cos, @(t) t.^2};
for i = 1:numel(fs)
  fprintf('%.4f\n', fs{i}(1));
end
disp(func2str(addk))
disp(func2str(@sin))
g = str2func('max');
disp(g([4 8 1]))
disp(feval(@plus, 2, 3))
disp(feval('minus', 10, 4))
lf = @localsq;
disp(lf(7))
disp(apply_twice(@localsq, 3))
counter = make_counter();
disp(counter(1))
disp(counter(2))
disp(isa(addk, 'function_handle'))
disp(class(@sin))
acc = 0;
for v = [1 2 3]
  f = @() acc + v;
  acc = f();
end
disp(acc)
vals = arrayfun(@(x) localsq(x) + 1, 1:3);
disp(vals)
s.fn = @(a, b) a - b;
disp(s.fn(10, 3))
function y = localsq(x)
  y = x .^ 2;
end
function r = apply_twice(f, x)
  r = f(f(x));
end
function f = make_counter()
  base = 10;
  f = @(d) base + d;
end
