x = 5;
disp(exist('x'))
disp(exist('x', 'var'))
disp(exist('nothere'))
disp(exist('sin'))
r = f(1);
disp(r)
r = f(1, 2);
disp(r)
clear x
disp(exist('x', 'var'))
function r = f(a, b)
  if ~exist('b', 'var')
    b = 10;
  end
  r = a + b;
end
