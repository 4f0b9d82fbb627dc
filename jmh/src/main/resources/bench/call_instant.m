async function n = call_instant(n)
  for k = 1:n
    v = await(instant());
  end
end

async function r = instant()
  r = 1;
end
