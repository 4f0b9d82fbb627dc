% switch on strings, numbers and cell cases; while/break/continue
items = {'apple', 'kiwi', 'carrot', 'pear', 'leek', 'stone'};
for i = 1:numel(items)
  switch items{i}
    case {'apple', 'pear', 'kiwi'}
      kind = 'fruit';
    case {'carrot', 'leek'}
      kind = 'vegetable';
    otherwise
      kind = 'unknown';
  end
  fprintf('%-7s %s\n', items{i}, kind);
end
for n = [1 2 5 10]
  switch n
    case 1
      disp('one');
    case {2, 3}
      disp('two or three');
    case 10
      disp('ten');
    otherwise
      fprintf('other %d\n', n);
  end
end
switch 'ABC'
  case 'abc'
    disp('case-sensitive miss');
  otherwise
    disp('no match');
end
k = 0;
total = 0;
while k < 20
  k = k + 1;
  if mod(k, 3) == 0
    continue;
  end
  if k > 10
    break;
  end
  total = total + k;
end
fprintf('%d %d\n', k, total);
for i = 1:3
  for j = 1:3
    if j == 2
      break;
    end
    fprintf('(%d,%d) ', i, j);
  end
end
fprintf('\n');
for col = [1 2; 3 4]
  disp(col')
end
for c = {1, 'a'}
  disp(class(c))
end
for e = []
  disp('never');
end
n = 0;
do_loop = true;
while do_loop
  n = n + 1;
  do_loop = n < 4;
end
disp(n)
if [] disp('empty true'); else disp('empty false'); end
if [1 1 0] disp('all?'); else disp('not all'); end
x = 5;
if x > 3 && x < 10, disp('in range'), end
