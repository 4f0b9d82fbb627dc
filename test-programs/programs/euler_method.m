% Euler's method, two ways (Rosetta Code style). The growing version indexes with end
% inside a function compiled for double-scalar arguments: once a VerifyError (index
% contexts kept their JVM slot from the first method compiled for the function).
[t, y] = euler_fixed(@(t, y) -0.07 * (y - 20), 100, 0, 100, 10);
fprintf('%g %.6f\n', t(end), y(end));
for h = [2 5 10]
  y2 = euler_grow(@(t, y) -0.07 * (y - 20), 100, 0, 100, h);
  fprintf('h = %2d: %d steps, T(100) = %.6f\n', h, numel(y2) - 1, y2(end));
end
y3 = euler_grow(@(t, y) t, 0, 0, 1, 0.25);
disp(y3)

function [t, y] = euler_fixed(f, y0, a, b, h)
  t = a:h:b;
  y = zeros(size(t));
  y(1) = y0;
  for i = 1:numel(t) - 1
    y(i + 1) = y(i) + h * f(t(i), y(i));
  end
end

function y = euler_grow(f, y0, a, b, h)
  y = y0;
  t = a;
  while t < b - h / 2
    y(end + 1) = y(end) + h * f(t, y(end));
    t = t + h;
  end
end
