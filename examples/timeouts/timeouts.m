% Timeouts, races and cancellation tokens; a helper that pauses is cancelled mid-pause.
% Run: ./mjc run --virtual-time examples/timeouts/timeouts.m
slow = async @() do
  work('slow', 1.0);
  'slow result'
end;
try
  r = await(with_timeout_ms(300, slow));
catch err
  fprintf('with_timeout_ms: %s\n', err.identifier);
end

winner = await(race(async @() labelled('tortoise', 0.8), async @() labelled('hare', 0.2)));
fprintf('race won by %s\n', winner);

[cancel_all, token] = cancellation_token();
jobs = {};
for k = 1:3
  jobs{k} = spawn(with_cancel(token, async @() labelled(sprintf('job%d', k), 0.5 * k)));
end
await(sleep_ms(700));
cancel_all();
for k = 1:3
  try
    fprintf('%s finished\n', await(jobs{k}));
  catch err
    fprintf('job%d: %s\n', k, err.identifier);
  end
end

function work(name, seconds)
  fprintf('%s: working for %.1f s\n', name, seconds);
  pause(seconds);           % a plain helper: only its task waits
  fprintf('%s: done\n', name);
end

function s = labelled(name, seconds)
  work(name, seconds);
  s = name;
end
