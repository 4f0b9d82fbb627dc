% Rule 3: a block's value is its last statement's: an expression, a bare variable,
% a call's first output (called with nargout 0), or nothing.
a = async @() do
  x = 3;
  x
end;
fprintf('bare variable: %d\n', await(a));
b = async @() do
  y = 2;
  y * 10;
end;
fprintf('expression: %d\n', await(b));
c = async @() do
  z = 1;
end;
try
  v = await(c);
catch err
  fprintf('assignment last: %s\n', err.identifier);
end
await(c);
fprintf('awaiting it as a statement is fine\n');
d = async @() max([4 9 2]);
fprintf('call: %d\n', await(d));
e = async @() do
  disp('no value here');
end;
try
  v = await(e);
catch err
  fprintf('%s\n', err.identifier);
end
r = async @() do
  if true
    return 42;
  end
  99;
end;
fprintf('return EXPR: %d\n', await(r));
[p, q] = await(two_outputs(5));
fprintf('two outputs: %d %d\n', p, q);
only = await(two_outputs(1));
fprintf('first only: %d\n', only);
shown = async @() do
  w = 7
end;
await(shown);

async function [m, n] = two_outputs(k)
  await(sleep_ms(1));
  m = k;
  n = k * 2;
end
