async function r = suspended(x)
  await(sleep_ms(1e12));
  r = x;
end
