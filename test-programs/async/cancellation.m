% Rule 7: cancel drops a task at its suspension point (no more of its code runs), releases
% its timers, and cancels what it started by awaiting; a spawned task is detached.
child = async @() do
  await(sleep_ms(50));
  fprintf('child finished (never)\n');
end;
detached = spawn(async @() do
  await(sleep_ms(30));
  fprintf('detached task still ran at 30\n');
end);
parent = spawn(async @() do
  fprintf('parent starts child\n');
  await(child);
  fprintf('parent after child (never)\n');
end);
await(sleep_ms(10));
cancel(parent);
parent
child
try
  await(parent);
catch err
  fprintf('await cancelled: %s\n', err.identifier);
end
await(sleep_ms(100));
cancel(parent);
fprintf('cancel of a settled task does nothing\n');
never = async @() fprintf('never started, never runs\n');
cancel(never);
never
detached
