async function n = yield_loop(n)
  for k = 1:n
    await(sleep_ms(0));
  end
end
