function nested_functions
  % Nested functions share the variables their parent also uses (MATLAB's
  % "Sharing Variables Between Parent and Nested Functions"); output checked
  % against GNU Octave 7.3 (error message text aside).
  x = 5;
  total = 0;
  addTo(3);
  fprintf('x=%d total=%d\n', x, total);
  bump();
  bump();
  fprintf('x=%d\n', x);
  c = makeCounter();
  c(); c(); v = c();
  fprintf('counter=%d\n', v);
  fprintf('twice=%d\n', twice(4));
  fprintf('two levels=%d\n', outerVal());
  % the parent reads a variable only the nested function assigns
  setData();
  disp(data)
  % a nested function's inputs and outputs are its own
  a = 1;
  b = shadow(10);
  fprintf('a=%d b=%d\n', a, b);
  % handles outlive the call and share one workspace
  [inc, get] = makeAcc(100);
  inc(5); inc(7);
  fprintf('acc=%d\n', get());
  fprintf('fact=%d\n', fact(5));
  k = 3;
  disp(cellfun(@scale, {1, 2, 3}))
  % an anonymous function takes a snapshot, a nested function sees the variable
  k = 10;
  f = @() k + 1;
  k = 20;
  disp(f())
  g = @(v) scale(v);
  disp(g(2))
  try
    readUnset();
  catch err
    disp(err.message)
  end
  function addTo(n)
    total = total + n + x;
  end
  function bump
    x = x + 1;
  end
  function r = twice(a)
    r = 2 * a + x;
  end
  function r = outerVal
    r = deeper();
    function q = deeper
      q = x * 100 + total;
    end
  end
  function setData
    data = [1 2 3];
  end
  function b = shadow(a)
    b = a * 2;
  end
  function r = fact(n)
    if n <= 1
      r = 1;
    else
      r = n * fact(n - 1);
    end
  end
  function r = scale(v)
    r = v * k;
  end
  function readUnset
    disp(never)
  end
end

function h = makeCounter
  count = 0;
  h = @increment;
  function n = increment
    count = count + 1;
    n = count;
  end
end

function [inc, get] = makeAcc(start)
  total = start;
  inc = @add;
  get = @current;
  function add(n)
    total = total + n;
  end
  function t = current
    t = total;
  end
end
