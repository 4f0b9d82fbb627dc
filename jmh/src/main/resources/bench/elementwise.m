function s = elementwise(n)
% an element-wise expression over vectors of n elements
  a = (1:n) / n;
  b = 1 - a;
  y = a .* b + a ./ (1 + b .^ 2) - 0.5 * a;
  s = sum(y);
end
