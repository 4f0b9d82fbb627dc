% nested struct assignment and struct arrays
s = struct();
s.a.b(3) = 1;
disp(s.a.b)
s.a.c = 'txt';
disp(fieldnames(s.a)')
db = struct('name', {'ann', 'bob', 'cy'}, 'age', {31, 25, 40});
disp(size(db))
disp(db(2).name)
ages = [db.age];
disp(mean(ages))
[~, order] = sort(ages);
sorted = db(order);
fprintf('%s ', sorted.name); fprintf('\n');
db(4).name = 'dee';
disp(isempty(db(4).age))
older = db([db.age] > 30);
disp(numel(older))
db(2) = [];
disp({db.name})
p.x = 1; p.y = 2;
fn = 'y';
disp(p.(fn))
p.(fn) = 5;
disp(p.y)
disp(isfield(p, {'x', 'z', 'y'}))
q = rmfield(p, 'x');
disp(fieldnames(q))
r = setfield(p, 'z', 9);
disp(getfield(r, 'z'))
disp(isstruct(r))
o = orderfields(struct('b', 1, 'a', 2, 'c', 3));
disp(fieldnames(o)')
t.list{2} = 'second';
disp(class(t.list))
disp(t.list{2})
m.data(2, 3) = 7;
disp(m.data)
w = struct('c', {{1, 2}});
disp(class(w.c))
disp(size(w))
e = struct('a', {});
disp(size(e))
disp(isempty(e))
v = struct('k', {1 2 3});
disp(arrayfun(@(x) x.k * 2, v))
