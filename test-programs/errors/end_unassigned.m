% end on a variable that is assigned on some paths only. When it is unassigned, MATLAB reports
% the variable (Octave: "'row' undefined"); once the class for this was refused by the JVM's
% verifier (the end's slot was set on the variable's path only).
disp(last_of(3))
try
  disp(last_of(0))
catch e
  disp(e.message)
end
[a, b] = two_last(2);
disp([a b])
try
  [a, b] = two_last(0);
catch e
  disp(e.message)
end

function d = last_of(n)
  if n > 0
    row = 1:n;
  end
  d = row(end);
end

function [a, b] = two_last(n)
  if n > 0
    c = {10, 20, 30};
  end
  [a, b] = c{end-1:end};
end
