% Rule 6: awaiting a failed task rethrows its MException in the awaiter (same identifier and
% message); a task can be awaited many times, by many tasks; a finished task returns at once.
bad = async @() do
  await(sleep_ms(5));
  error('job:failed', 'job %d failed', 7);
end;
try
  await(bad);
catch err
  fprintf('first: %s / %s\n', err.identifier, err.message);
end
try
  await(bad);
catch err
  fprintf('again: %s\n', err.identifier);
end
good = async @() 11;
fprintf('%d %d\n', await(good), await(good));
w1 = spawn(async @() do
  v = await(good) + 1;
  fprintf('waiter 1 got %d\n', v);
end);
w2 = spawn(async @() do
  try
    await(bad);
  catch e
    fprintf('waiter 2 caught %s\n', e.identifier);
  end
end);
await(join(w1, w2));
try
  await(5);
catch err
  fprintf('%s\n', err.identifier);
end
try
  await({good});
catch err
  fprintf('%s\n', err.identifier);
end
fprintf('%s %s\n', class(good), class(bad));
