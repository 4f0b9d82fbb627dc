% A method with a nested function: the nested function shares the method's
% variables, including the handle object it updates.
t = Tally();
t.addAll([1 2 3]);
disp(t.Count)
t.addAll(10);
disp(t.Count)
