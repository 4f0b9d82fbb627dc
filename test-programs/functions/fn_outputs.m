% multiple outputs, placeholders, nargin/nargout, early return
[q, r] = divmod(17, 5);
fprintf('%d %d\n', q, r);
[~, r2] = divmod(9, 4);
disp(r2)
q3 = divmod(9, 4);
disp(q3)
disp(describe())
disp(describe(1))
disp(describe(1, 2))
[a, b, c] = counts();
fprintf('%d %d %d\n', a, b, c);
x = counts();
disp(x)
disp(firstneg([3 4 -1 5 -7]))
disp(firstneg([1 2]))
try
  [a, b, c, d] = counts();
catch err
  disp(err.identifier)
end
try
  divmod(1, 2, 3);
catch err
  disp(err.identifier)
end
try
  v = noout();
catch err
  disp(err.identifier)
end
function [q, r] = divmod(a, b)
  q = floor(a / b);
  r = a - q * b;
end
function s = describe(varargin)
  s = sprintf('%d args', nargin);
end
function varargout = counts()
  for k = 1:nargout
    varargout{k} = k * 10;
  end
  if nargout == 0
    varargout{1} = -1;
  end
end
function idx = firstneg(v)
  idx = 0;
  for k = 1:numel(v)
    if v(k) < 0
      idx = k;
      return;
    end
  end
end
function noout()
  disp('in noout');
end
