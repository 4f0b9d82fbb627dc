% subsref/subsasgn/end/numel overloading (MATLAB docs: "Code Patterns for
% subsref and subsasgn Methods"): p(x) evaluates the polynomial, p(k) = c sets
% a coefficient, p.Coef goes to builtin('subsref'/'subsasgn'), end is the
% degree; inside the class's own methods indexing stays built-in.
p = Poly([1 2 3]);
disp(p(2))
disp(p([0 1]))
disp(p.Coef)
p(0) = 10;
disp(p.Coef)
p.Coef = [1 0];
disp(p(5))
disp(p.degree())
q = Poly([2 0 0 1]);
disp(q(end))
try
  q{1}
catch e
  disp(e.message)
end
s = substruct('()', {3});
disp(subsref(q, s))
