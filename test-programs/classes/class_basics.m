% Value and handle classes (MATLAB's documented semantics; Octave 7.3 displays objects differently, and SPEC §8
% gives MATLAB's display): constructor with nargin, methods by dot and by function syntax, copy on
% assignment for values and sharing for handles, operator overloading, SetAccess, object arrays.
p = Point(3, 4);
disp(p.norm())
disp(norm(p))
q = p;
q.X = 10;
fprintf('%g %g\n', p.X, q.X);
r = p + q;
disp(r.X)
p = p.rename('origin');
disp(p.Label)
p
c = Counter();
d = c;
increment(c);
c.increment();
disp(d.Count)
disp(class(p))
disp(isa(c, 'handle'))
try
  p.Label = 'x';
catch e
  disp(e.message)
end
try
  p.Z
catch e
  disp(e.message)
end
ps(3) = Point(1, 1);
disp(size(ps))
disp([ps.X])
