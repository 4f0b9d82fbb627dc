s = struct('name', 'Ann', 'age', 30)
s.city = 'Oslo';
disp(fieldnames(s))
t = rmfield(s, 'age');
disp(isfield(t, 'age'))
p(1).x = 1;
p(2).x = 2;
p(3).x = 3;
disp(size(p))
xs = [p.x]
q = p(2)
p(2).y = 'new';
disp(isempty(p(1).y))
r = struct('v', {10, 20});
disp(numel(r))
disp(r(2).v)
nested.inner.deep = 5;
nested.inner.other = 'z';
nested
disp(nested.inner.deep)
dyn = 'field1';
st.(dyn) = 42;
disp(st.field1)
g = getfield(st, 'field1')
st2 = setfield(st, 'field2', 'hi');
disp(st2.field2)
o = orderfields(struct('b', 2, 'a', 1))
e = isstruct(o)
arr = struct('k', {});
disp(size(arr))
arr(1).k = 'only';
disp(arr.k)
sa = [struct('a', 1), struct('a', 2)];
disp([sa.a])
