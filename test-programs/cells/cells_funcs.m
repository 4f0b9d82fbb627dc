% cellfun, arrayfun, num2cell, cell2mat
c = {1, [1 2], 'abc', {}};
disp(cellfun(@numel, c))
disp(cellfun('length', c))
disp(cellfun(@ischar, c))
u = cellfun(@(x) x * 2, {1, 2, 3}, 'UniformOutput', false);
disp(u)
[mn, mx] = cellfun(@(x) deal(min(x), max(x)), {[1 5 3], [7 2]});
disp([mn; mx])
a = arrayfun(@(x) x^2, 1:4);
disp(a)
b = arrayfun(@(x) 1:x, 1:3, 'UniformOutput', false);
disp(b{3})
r = cellfun(@(x) error('bad:thing', 'no %d', x), {1, 2}, 'ErrorHandler', @(err, x) err.index * 100);
disp(r)
msg = cellfun(@(x) error('bad:thing', 'no %d', x), {4}, 'ErrorHandler', @(err, x) {err.message}, 'UniformOutput', false);
disp(msg{1})
n = num2cell([1 2; 3 4]);
disp(size(n))
disp(n{2, 1})
m = cell2mat({[1 2], [3]; [4 5], [6]});
disp(m)
w = cellfun(@upper, {'ab', 'cd'}, 'UniformOutput', false);
disp(w)
s = arrayfun(@(k) struct('k', k), 1:2);
disp([s.k])
try
  cellfun(@(x) [x x], {1, 2});
catch err
  disp(err.identifier)
end
try
  arrayfun(@(x) 'ab', 1:2);
catch err
  disp(err.identifier)
end
disp(cellfun(@isempty, {}))
disp(size(cellfun(@isempty, {})))
