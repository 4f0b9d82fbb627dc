m = containers.Map()
m('b') = 2;
m('a') = 1;
k = keys(m)
v = values(m)
disp(m.Count)
disp(isKey(m, 'a'))
n = containers.Map({'x', 'y'}, {10, 'str'});
disp(n('y'))
remove(n, 'x');
disp(n.keys())
p = containers.Map('KeyType', 'double', 'ValueType', 'any');
p(3) = 'three';
p(1) = 'one';
disp(p.keys())
q = m;
q('c') = 3;
disp(m.Count)
disp(class(m))
disp(length(m))
values(m, {'a', 'c'})
try
  m('zzz');
catch e
  disp(e.message)
end
