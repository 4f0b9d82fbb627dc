x = 1; y = 2;
clear;
disp(exist('x'))
a = 3;
clear
disp(exist('a'))
b = 4; c = 5;
clear b
disp([exist('b') exist('c')])
clearvars;
disp(exist('c'))
r = f(7);
disp(r)
function r = f(v)
  t = v * 2;
  clear
  r = exist('t') + exist('v');
end
