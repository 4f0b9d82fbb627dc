% A scalar loop: a million iterations of plain arithmetic.
total = 0;
for i = 1:1000000
  total = total + mod(i, 7) * 0.5;
end
fprintf('total = %.1f\n', total);
