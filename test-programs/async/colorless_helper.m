% two tasks each call a plain helper that pauses: they interleave
t1 = spawn(async @() worker('a', 3));
t2 = spawn(async @() worker('b', 2));
r = await(join(t1, t2));
fprintf('results: %s %s\n', r{1}, r{2});
function out = worker(name, n)
  out = '';
  for k = 1:n
    fprintf('%s%d start\n', name, k);
    slow_step(0.5);
    fprintf('%s%d end\n', name, k);
    out = [out name];
  end
end
function slow_step(s)
  pause(s);
end
