% errors inside loops and functions: state before the error survives, finally-like patterns
results = [];
for k = 1:5
  try
    if mod(k, 2) == 0
      error('loop:even', 'even %d', k);
    end
    results(end + 1) = k;
  catch e
    fprintf('skip %d (%s)\n', k, e.identifier);
  end
end
disp(results)
count = 0;
while true
  count = count + 1;
  try
    risky(count);
    break;
  catch e
    disp(e.message)
  end
end
disp(count)
status = safe_div(1, 0);
disp(status)
status = safe_div(4, 2);
disp(status)
try
  outer_call();
catch e
  disp(e.message)
  disp(numel(e.stack) >= 2)
end
function risky(n)
  if n < 3
    error('attempt %d failed', n);
  end
end
function r = safe_div(a, b)
  try
    if b == 0
      error('math:divzero', 'division by zero');
    end
    r = a / b;
  catch err
    r = NaN;
    fprintf('caught %s\n', err.identifier);
  end
end
function outer_call()
  inner_call();
end
function inner_call()
  error('deep:err', 'from inner');
end
