% eval inside functions, loops and with cell/struct values
s.a = 1;
eval('s.b = 2;');
disp(fieldnames(s)')
c = {1, 'two'};
eval('c{end+1} = 3;');
disp(numel(c))
total = 0;
for i = 1:4
  total = eval('total + i');
end
disp(total)
names = {'alpha', 'beta'};
for i = 1:numel(names)
  eval([names{i} ' = i * 10;']);
end
disp(alpha + beta)
r = count_up(3);
disp(r)
msg = evalc('x = 5');
disp(strtrim(msg))
disp(x)
eval('clear x');
disp(exist('x'))
t = evalc('fprintf(''a\nb\n'')');
disp(double(t(end)))
y = eval('[1 2 3]');
disp(y * 2)
try
  v = eval('undefined_thing_123 + 1');
catch err
  disp(err.message)
end
function n = count_up(k)
  n = 0;
  for j = 1:k
    eval('n = n + j;');
  end
end
