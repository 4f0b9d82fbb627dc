function s = index_loop(n)
% prefix sums by indexing in a loop
  w = mod(1:n, 10);
  v = zeros(1, n);
  v(1) = w(1);
  for i = 2:n
    v(i) = v(i - 1) + w(i);
  end
  s = v(n);
end
