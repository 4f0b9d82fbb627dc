% race: the first to settle wins, the others are cancelled, those not started never start.
% join: a failure cancels the others and starts no more.
fast = async @() do
  await(sleep_ms(5));
  'fast';
end;
slow = async @() do
  await(sleep_ms(50));
  fprintf('slow finished (never)\n');
  'slow';
end;
fprintf('winner: %s\n', await(race(slow, fast)));
slow
instant = async @() 'instant';
unstarted = async @() fprintf('never starts\n');
fprintf('winner: %s\n', await(race(instant, unstarted)));
unstarted
boom = async @() do
  await(sleep_ms(3));
  error('join:boom', 'boom');
end;
other = async @() do
  await(sleep_ms(10));
  fprintf('other finished (never)\n');
end;
try
  await(join(boom, other));
catch err
  fprintf('join failed: %s\n', err.identifier);
end
other
r = await(join({async @() 1, async @() do
  await(sleep_ms(1));
  fprintf('second done\n');
end}));
fprintf('%s %d, second empty: %d\n', class(r), r{1}, isempty(r{2}));
s = join({'a', 'b'}, '-')
