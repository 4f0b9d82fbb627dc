% MException objects, rethrow, throw, error structs
try
  error('pkg:sub:thing', 'Value %d is out of range [%d, %d]', 12, 0, 10);
catch err
  disp(class(err))
  disp(err.identifier)
  disp(err.message)
  disp(isempty(err.stack))
end
try
  error('no identifier here: %s', 'ok');
catch err
  fprintf('[%s] %s\n', err.identifier, err.message);
end
try
  error('just text with 100%');
catch err
  disp(err.message)
end
ME = MException('my:id', 'custom %s #%d', 'failure', 3);
disp(ME.message)
try
  throw(ME);
catch err
  disp(err.identifier)
end
try
  try
    x = [1 2 3];
    y = x(5);
  catch inner
    disp(inner.identifier)
    rethrow(inner);
  end
catch outer
  disp(outer.message)
end
try
  error(struct('message', 'from struct', 'identifier', 'st:id'));
catch err
  fprintf('%s / %s\n', err.identifier, err.message);
end
e2 = MException('a:b', 'base');
try
  undefined_function_xyz(3);
catch err
  disp(err.identifier)
  disp(err.message)
end
try
  ones(2, 3) * ones(2, 3);
catch err
  disp(err.identifier)
end
try
  [1 2] + [1 2 3];
catch err
  disp(err.identifier)
end
try
  s.a = 1;
  s.b;
catch err
  disp(err.identifier)
  disp(err.message)
end
try
  c = {1, 2};
  c{5};
catch err
  disp(err.identifier)
end
try
  q = zeros(2);
  q(0);
catch err
  disp(err.identifier)
  disp(err.message)
end
try
  q(1.5);
catch err
  disp(err.identifier)
end
msg = '';
try
  assert(1 == 2, 'check:fail', 'expected %d got %d', 1, 2);
catch err
  msg = [err.identifier ': ' err.message];
end
disp(msg)
try
  assert(false);
catch err
  disp(err.message)
end
warning('off', 'all');
warning('this is hidden');
warning('on', 'all');
disp('end')
