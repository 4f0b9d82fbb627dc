a = 1:10;
b = [2 4 6];
disp(a(b(end)))
disp(a(end - b(1)))
m = magic(5);
disp(m(end, end))
disp(m(end))
disp(m(2:end, end-1)')
c = {1:3, 4:6};
disp(c{end}(end))
s.data = [5 6 7];
disp(s.data(end))
f = @(v) v(end);
disp(f([1 2 3]))
k = 3;
disp(a(min(k, end)))
