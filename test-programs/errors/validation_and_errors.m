% warning on/off by identifier, MException addCause, lasterr, validatestring and
% validateattributes with MATLAB's messages and identifiers (MATLAB documentation).
warning('off', 'my:id');
warning('my:id', 'hidden');
warning('on', 'my:id');
warning('my:id', 'shown %d', 3);
try
  error('a:b', 'outer');
catch e
  e2 = MException('c:d', 'wrapped');
  e2 = addCause(e2, e);
  disp(numel(e2.cause))
  disp(e2.cause{1}.message)
end
disp(lasterr)
s = validatestring('app', {'apple', 'banana'})
try
  validatestring('zz', {'apple', 'banana'})
catch e
  disp(e.message)
end
validateattributes(5, {'numeric'}, {'positive', 'scalar'})
try
  validateattributes(-1, {'numeric'}, {'positive'})
catch e
  disp(e.message)
end
try
 validateattributes('x', {'double', 'single'}, {})
catch e
 disp(e.message)
end
try
 validateattributes([1 2], {'numeric'}, {'scalar'}, 'myfun', 'count', 2)
catch e
 disp(e.identifier); disp(e.message)
end
