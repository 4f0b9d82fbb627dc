% structfun with uniform and non-uniform output (checked against Octave 7.3).
s.a = 1; s.b = [2 3];
disp(structfun(@numel, s))
t = structfun(@(x) x * 2, s, 'UniformOutput', false)
