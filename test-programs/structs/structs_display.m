s.name = 'Widget';
s.size = [2 3];
s.tags = {'a', 'b'};
s.inner.x = 1;
s
t = struct('a', {1, 2})
disp(s.inner)
u = struct()
c = {1, 'str'; [1 2 3], {2}}
