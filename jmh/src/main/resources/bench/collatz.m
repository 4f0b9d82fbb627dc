function total = collatz(n)
% total Collatz steps of 1..n
  total = 0;
  for k = 1:n
    x = k;
    while x ~= 1
      if mod(x, 2) == 0
        x = x / 2;
      else
        x = 3 * x + 1;
      end
      total = total + 1;
    end
  end
end
