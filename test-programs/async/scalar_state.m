% Double scalars of async functions and blocks stay numbers across awaits (they are spilled
% into the state machine and read back), in loops, in try/catch, and next to arrays.
t1 = accumulate(4);
t2 = async @() do
  s = 0.5;
  for k = 1:3
    await(sleep_ms(1));
    s = s * 2 + k;
  end
  fprintf('block: %g\n', s);
end;
r = await(t1);
await(t2);
fprintf('accumulate: %g\n', r);
fprintf('halves: %s\n', mat2str(await(halves(3))));
fprintf('picked: %g\n', await(pick({2, 0.5}, 5)));
fprintf('picked: %g\n', await(pick({2, 0.5}, int8(4))));
try
  await(failing(2));
catch e
  fprintf('%s\n', e.message);
end

async function total = accumulate(n)
  total = 0;
  x = 1.25;
  for i = 1:n
    await(sleep_ms(i));
    x = x + i / 4;
    total = total + x;
  end
  fprintf('x after loop: %g, i = %d\n', x, i);
end

async function v = halves(n)
  v = zeros(1, n);
  h = 1;
  for i = 1:n
    h = h / 2;
    await(sleep_ms(0));
    v(i) = h;
  end
end

async function failing(n)
  y = n * 3;
  try
    await(sleep_ms(1));
    error('my:id', 'y is %d', y);
  catch e
    y = y + 1;
    await(sleep_ms(1));
    error('my:id2', '%s, then %d', e.message, y);
  end
end

async function s = pick(c, n)
  % the state machine for a double n (c stays generic), or the generic one for int8
  s = 0;
  for k = 1:n
    s = s + c{mod(k, 2) + 1} * k;
    await(sleep_ms(0));
  end
end
