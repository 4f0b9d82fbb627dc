% getReport of a thrown error and of one with causes (MATLAB documentation).
try
  f()
catch e
  disp(getReport(e))
end
e2 = addCause(MException('a:b', 'top'), MException('c:d', 'inner'));
disp(getReport(e2))
function f
  error('x:y', 'deep')
end
