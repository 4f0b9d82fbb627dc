% x(end+1) = v grows a variable that is not assigned yet from [] (MATLAB; Octave
% refuses); an unknown name indexed with end is MATLAB's run-time error.
x(end+1) = 5;
x(end+1) = 6;
disp(x)
s.list(end+1) = 3;
disp(s.list)
c{end+1} = 'a';
disp(c)
try
  y = q(end);
catch e
  disp(e.message)
end
