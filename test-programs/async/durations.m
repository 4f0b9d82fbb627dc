% Rule 5: sleep_ms(0) yields to every ready task; durations are real numbers of ms; a negative
% or NaN duration is mjc:invalidDuration; pause suspends only the calling task.
spawn(async @() fprintf('spawned runs during sleep_ms(0)\n'));
await(sleep_ms(0));
fprintf('after yield\n');
spawn(async @() do
  await(sleep_ms(2.5));
  fprintf('2.5 ms task\n');
end);
pause(0.001);
fprintf('after pause of 1 ms\n');
await(sleep_ms(5));
try
  sleep_ms(-1);
catch err
  fprintf('%s\n', err.identifier);
end
try
  sleep_ms(NaN);
catch err
  fprintf('%s\n', err.identifier);
end
forever = sleep_ms(Inf);
try
  await(with_timeout_ms(1000, forever));
catch err
  fprintf('Inf never completes: %s\n', err.identifier);
end
