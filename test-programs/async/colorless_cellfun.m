% a handle passed to cellfun pauses: only the calling task waits
log = {};
t = spawn(async @() do
  r = cellfun(@(d) step('x', d), {0.3, 0.1}, 'UniformOutput', false);
  fprintf('x got %s\n', strjoin(r, ','));
end);
u = spawn(async @() do
  v = feval(@step, 'y', 0.2);
  fprintf('y got %s\n', v);
end);
fprintf('main waits\n');
await(join(t, u));
disp('all done');
function s = step(name, d)
  fprintf('%s sleeps %.1f\n', name, d);
  pause(d);
  s = sprintf('%s%.1f', name, d);
  fprintf('%s woke\n', name);
end
