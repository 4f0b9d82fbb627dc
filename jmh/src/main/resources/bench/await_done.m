async function n = await_done(t, n)
  for k = 1:n
    v = await(t);
  end
end
