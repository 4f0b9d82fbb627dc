% Program structure (MATLAB docs: "Packages Create Namespaces", "Methods in
% Separate Files", "Private Functions"): +pkg functions and classes called by
% their full names, nested packages, import inside a function, an @Class folder
% whose methods live in files of their own, and a private/ folder.
fprintf('%.4f\n', geo.area(2));
c = geo.Circle(3);
disp(class(c))
fprintf('%.4f\n', c.area());
u = geo.Circle.unit();
disp(u.R)
s = Stack();
s.push(1); s.push('two'); push(s, 3);
disp(s.count())
disp(s.pop())
disp(count(s))
disp(secret())
useImport();
try
  area(1)
catch err
  disp(err.message)
end

function useImport
  import geo.*
  fprintf('%.4f\n', area(1));
  k = Circle(2);
  disp(k.R)
end
