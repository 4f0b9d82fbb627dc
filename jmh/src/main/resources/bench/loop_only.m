async function s = loop_only(ts, n)
  s = 0;
  for k = 1:n
    v = ts{mod(k, 2) + 1};
  end
  s = v;
end
