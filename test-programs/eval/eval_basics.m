x = 3;
eval('y = x * 2;');
disp(y)
eval('x')
z = eval('x + 10');
disp(z)
[r, c] = eval('size(ones(2,5))');
fprintf('%d %d\n', r, c);
eval('bad syntax here +', 'disp(''caught'')');
s = evalc('disp(42)');
fprintf('[%s]\n', strtrim(s));
for k = 1:3
  eval(sprintf('v%d = k^2;', k));
end
eval('disp(v1 + v2 + v3)')
g = str2func('@(a) a * 2');
disp(g(21))
disp(func2str(g))
r = helper(5);
disp(r)
try
  eval('error(''my:id'', ''boom %d'', 7)');
catch e
  fprintf('%s | %s\n', e.identifier, e.message);
end
try
  eval('1 +* 2');
catch e
end
eval('q = 1; error(''stop'')', 'disp(q)');
function out = helper(n)
  eval('out = n * 100;');
end
