% recursion: tree walking over nested cells and structs
tree = {1, {2, 3, {4}}, {}, 5};
disp(sum_tree(tree))
disp(depth(tree))
n.value = 1;
n.children = {struct('value', 2, 'children', {{}}), struct('value', 3, 'children', {{}})};
disp(count_nodes(n))
disp(fib(15))
disp(hanoi(5))
disp(ackermann(2, 3))
try
  forever(1);
catch err
  disp(err.identifier)
end
function s = sum_tree(t)
  s = 0;
  for i = 1:numel(t)
    if iscell(t{i})
      s = s + sum_tree(t{i});
    else
      s = s + t{i};
    end
  end
end
function d = depth(t)
  d = 1;
  for i = 1:numel(t)
    if iscell(t{i})
      d = max(d, 1 + depth(t{i}));
    end
  end
end
function c = count_nodes(n)
  c = 1;
  for i = 1:numel(n.children)
    c = c + count_nodes(n.children{i});
  end
end
function f = fib(n)
  if n < 2
    f = n;
  else
    f = fib(n - 1) + fib(n - 2);
  end
end
function m = hanoi(n)
  if n == 0
    m = 0;
  else
    m = 2 * hanoi(n - 1) + 1;
  end
end
function r = ackermann(m, n)
  if m == 0
    r = n + 1;
  elseif n == 0
    r = ackermann(m - 1, 1);
  else
    r = ackermann(m - 1, ackermann(m, n - 1));
  end
end
function forever(x)
  forever(x + 1);
end
