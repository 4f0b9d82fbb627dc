async function n = loop_only(n)
  for k = 1:n
    v = k;
  end
end
