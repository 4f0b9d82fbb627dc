async function r = waiter(t, x)
  await(t);
  r = x;
end
