async function s = await_done(ts, n)
  s = 0;
  for k = 1:n
    v = await(ts{mod(k, 2) + 1});
  end
  s = v;
end
