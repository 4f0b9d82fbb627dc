% varargin forwarding, narginchk, inputParser-free option parsing
disp(total(1, 2, 3))
disp(total())
opts = parse_opts('width', 10, 'name', 'box');
fprintf('%d %s %d\n', opts.width, opts.name, opts.height);
c = {4, 5};
disp(total(c{:}, 6))
[m, i] = wrap_max([3 9 2]);
fprintf('%d %d\n', m, i);
try
  needs_two(1);
catch err
  disp(err.identifier)
end
try
  needs_two(1, 2, 3);
catch err
  disp(err.identifier)
end
disp(needs_two(1, 2))
function s = total(varargin)
  s = 0;
  for k = 1:numel(varargin)
    s = s + varargin{k};
  end
end
function o = parse_opts(varargin)
  o = struct('width', 1, 'height', 2, 'name', '');
  for k = 1:2:numel(varargin)
    o.(varargin{k}) = varargin{k + 1};
  end
end
function varargout = wrap_max(varargin)
  [varargout{1:nargout}] = max(varargin{:});
end
function r = needs_two(varargin)
  narginchk(2, 2);
  r = varargin{1} + varargin{2};
end
