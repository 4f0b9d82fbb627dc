function varargs_nargin()
  show(1, 2, 3)
  show()
  [a, b, c] = multi();
  fprintf('%d %d %d\n', a, b, c);
  r = defaults(5);
  disp(r)
  r = defaults(5, 10);
  disp(r)
  x = count_out();
  [x, y] = count_out();
  disp([x y])
  q = apply_twice(@(t) t * 3, 2);
  disp(q)
end

function show(varargin)
  fprintf('nargin=%d:', nargin);
  for k = 1:numel(varargin)
    fprintf(' %d', varargin{k});
  end
  fprintf('\n');
end

function varargout = multi()
  for k = 1:nargout
    varargout{k} = k * 10;
  end
end

function r = defaults(a, b)
  if nargin < 2
    b = 1;
  end
  r = a * b;
end

function [p, q] = count_out()
  p = nargout;
  q = -nargout;
end

function y = apply_twice(f, x)
  y = f(f(x));
end
