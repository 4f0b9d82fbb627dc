% Rule 7 ties: a timeout or a token decides only after every task made ready at that instant
% has run, so a task finishing at the same instant wins.
same = async @() do
  await(sleep_ms(20));
  'made it';
end;
fprintf('%s\n', await(with_timeout_ms(20, same)));
[cancel_fn, token] = cancellation_token();
token
work = async @() do
  await(sleep_ms(15));
  'work done';
end;
spawn(async @() do
  await(sleep_ms(15));
  cancel_fn();
end);
fprintf('%s\n', await(with_cancel(token, work)));
token
late = async @() do
  await(sleep_ms(40));
  'late';
end;
[c2, t2] = cancellation_token();
spawn(async @() do
  await(sleep_ms(5));
  c2();
end);
try
  await(with_cancel(t2, late));
catch err
  fprintf('%s\n', err.identifier);
end
late
pre = async @() fprintf('never runs\n');
try
  await(with_cancel(t2, pre));
catch err
  fprintf('already triggered: %s\n', err.identifier);
end
pre
