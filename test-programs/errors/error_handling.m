try
  error('myid:sub', 'value %d too big', 7);
catch err
  disp(err.identifier)
  disp(err.message)
end
try
  error('plain message');
catch err
  disp(isempty(err.identifier))
  disp(err.message)
end
try
  x = [1 2 3];
  y = x(0);
catch err
  disp('caught index 0')
end
try
  undefined_fn_here(3);
catch err
  disp('caught undefined')
end
e2 = [];
try
  try
    error('inner:id', 'inner');
  catch ie
    rethrow(ie);
  end
catch oe
  disp(oe.identifier)
end
function_errors_ok = true;
try
  assert(false, 'assert %s', 'failed');
catch ae
  disp(ae.message)
end
try
  assert(1 == 1);
  disp('assert passed')
catch
  disp('unexpected')
end
msg = '';
try
  error('Custom:thing', 'with newline\nsecond');
catch me
  msg = me.message;
end
disp(msg)
