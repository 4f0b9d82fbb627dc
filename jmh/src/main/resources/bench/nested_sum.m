function s = nested_sum(n)
  s = 0;
  for i = 1:n
    for j = 1:n
      s = s + i * j;
    end
  end
end
