% disp overloading (MATLAB docs: "Overloading the disp Function"): the class's
% disp serves disp(obj), the display of an unterminated statement (under the
% "name =" line) and calls through handles; builtin('disp', obj) reaches
% MATLAB's own display from inside the overload.
m = Money(3.5, 'USD')
disp(m)
t = m + Money(1, 'USD');
disp(t)
cellfun(@disp, {m});
r = Raw()
builtin('disp', 42)
