% comma-separated lists from cells and struct arrays
c = {3, 1, 2};
disp(max(c{:}))
v = [c{:}];
disp(v)
args = {2, 3};
z = zeros(args{:});
disp(size(z))
[a, b, d] = c{:};
fprintf('%d %d %d\n', a, b, d);
s(1).n = 10; s(2).n = 20; s(3).n = 30;
disp([s.n])
t = {s.n};
disp(class(t))
disp(numel(t))
[s.n] = deal(0);
disp([s.n])
vals = {5, 6, 7};
[s.n] = vals{:};
disp([s.n])
m = {1, 'two'; [3 4], {5}};
disp(size(m))
disp(class(m{2, 2}))
disp(m{2, 1}(2))
e = {};
e{3} = 'x';
disp(size(e))
disp(isempty(e{1}))
c(2) = [];
disp(c)
nested = {{1, 2}, {3, {4, 5}}};
disp(nested{2}{2}{1})
x = cell(2, 3);
disp(size(x))
disp(iscell(x))
disp(cellfun('isempty', x))
f = @(varargin) numel(varargin);
disp(f(c{:}, 9))
