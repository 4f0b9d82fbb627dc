% Nested functions inside a script's local functions, in async functions, and
% handles to them used after the parent returned. Output checked against GNU
% Octave 7.3 for the synchronous part (Octave has no async; mjc semantics, SPEC §4).
results = collectSquares(4);
disp(results)
t = asyncSum();
fprintf('async sum=%d\n', await(t));
h = makeLogger('log');
h('one'); h('two');
lines = h();
fprintf('%s\n', lines{:});
try
  notVisible();
catch err
  disp(err.message)
end

function out = collectSquares(n)
  out = [];
  for i = 1:n
    record(i * i);
  end
  function record(v)
    out(end + 1) = v;
  end
end

async function r = asyncSum
  acc = 0;
  for j = 1:3
    await(sleep_ms(1));
    addOne(j);
  end
  r = acc;
  function addOne(v)
    acc = acc + v;
  end
end

function h = makeLogger(prefix)
  entries = {};
  h = @log;
  function out = log(msg)
    if nargin == 0
      out = entries;
    else
      entries{end + 1} = [prefix ': ' msg];
    end
  end
end

function notVisible
  record(1);
end
