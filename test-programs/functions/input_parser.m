% inputParser (MATLAB documentation: addRequired, addOptional, addParameter,
% parse, Results in alphabetical order, UsingDefaults, validation errors); an
% unknown function name with an object argument calls that class's method.
r = area(3)
r = area(3, 4, 'Units', 'cm')
r = area(2, 'sc', 10)
try
  area(-1)
catch e
  disp(e.message)
end
try
  area(1, 2, 'Bogus', 3)
catch e
  disp(e.identifier)
end
function r = area(w, varargin)
  p = inputParser;
  p.FunctionName = 'area';
  addRequired(p, 'w', @(x) isnumeric(x) && x > 0);
  addOptional(p, 'h', 1, @isnumeric);
  addParameter(p, 'Units', 'm', @ischar);
  p.addParameter('Scale', 1);
  parse(p, w, varargin{:});
  res = p.Results;
  r = sprintf('%g %s (defaults: %s)', res.w * res.h * res.Scale, res.Units, strjoin(p.UsingDefaults, ','));
  disp(fieldnames(res)')
end
