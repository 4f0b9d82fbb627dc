% A subclass constructor calling its superclass constructor (obj = obj@Named(n)) and a method
% extending the superclass's (describe@Named(obj)), as MATLAB documents them.
p = Person('Ann', 31);
disp(p.describe())
disp(describe(p))
n = Named('Bo');
disp(n.describe())
disp(p.Name)
