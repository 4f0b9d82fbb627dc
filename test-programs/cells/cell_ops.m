c = cell(2, 3);
disp(size(c))
c{2, 3} = 'x';
disp(class(c{1, 1}))
d = {1, 'two'; [3 4], {5}}
e = d(:, 1)
f = d';
disp(size(f))
g = [d; {6, 7}];
disp(size(g))
n = num2cell([1 2 3])
m = cell2mat({[1 2], [3]; [4 5], [6]})
vals = cellfun(@(x) x * 2, {1, 2, 3})
lens = cellfun('length', {'a', 'bb', 'ccc'})
[mx, ix] = cellfun(@max, {[1 5 2], [7 3]})
u = cellfun(@(s) [s '!'], {'hi', 'yo'}, 'UniformOutput', false)
a = arrayfun(@(k) k^2, [1 2 3])
b = arrayfun(@(k) 1:k, 1:3, 'UniformOutput', false)
z = {};
z{end+1} = 'first';
z{end+1} = 'second';
disp(numel(z))
z(1) = [];
disp(z{1})
q = {'b', 'a', 'c'};
disp(sort(q))
w = iscellstr(q)
x = cellfun(@isempty, {[], 'a', {}, 0})
