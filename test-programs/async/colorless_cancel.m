% cancelling, timing out and abandoning tasks parked inside helpers
t = spawn(async @() do
  disp('t begins');
  napper(10);
  disp('t never gets here');
end);
await(sleep_ms(100));
cancel(t);
disp(t)
try
  await(t);
catch e
  disp(e.identifier)
end
try
  await(with_timeout_ms(50, async @() napper(5)));
catch e
  disp(e.identifier)
end
r = await(race(async @() napper(1), async @() quick()));
disp(r)
s = spawn(async @() napper(100));
disp('script ends with a parked task');
function napper(s)
  pause(s);
  disp('napper woke');
end
function v = quick()
  pause(0.01);
  v = 'quick';
end
