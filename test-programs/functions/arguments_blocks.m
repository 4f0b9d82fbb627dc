% arguments blocks (MATLAB docs: "Function Argument Validation", R2019b; the
% Name=Value call syntax, R2021a). Messages as MATLAB words them: "Invalid
% argument at position N." / "Invalid name-value argument 'Name'." then the
% validator's own message, with the validator's identifier.
disp(area(3, 4))
disp(area(3))             % the default may use an earlier argument
disp(scaled(1, 'Scale', 2))
disp(scaled(1))
disp(scaled(2, Scale=3))  % Name=Value syntax
disp(scaled(1, 'verb', true, 'scale', 5))   % names: any case, unique prefix
disp(class(label('abc')))
disp(label(42))
disp(triple(5))           % scalar expansion to (1,3)
calls = {@() area(-1, 2), @() area(), @() scaled(1, 'Bogus', 2), @() scaled(1, 'Scale', -2), ...
         @() area([1 2], 3), @() scaled(1, 'Scale'), @() label({1})};
for k = 1:numel(calls)
  try
    calls{k}();
  catch e
    fprintf('%s | %s\n', e.identifier, e.message);
  end
end

function a = area(w, h)
  arguments
    w (1,1) double {mustBePositive}
    h (1,1) double = w
  end
  a = w * h;
end

function r = scaled(x, opts)
  arguments
    x double
    opts.Scale (1,1) double {mustBePositive} = 1
    opts.Verbose (1,1) logical = false
  end
  r = x * opts.Scale;
  if opts.Verbose
    fprintf('verbose: %s\n', strjoin(fieldnames(opts)', ','));
  end
end

function s = label(s)
  arguments
    s (1,1) string
  end
end

function v = triple(v)
  arguments
    v (1,3) double
  end
end
