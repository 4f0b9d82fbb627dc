total = 0;
for i = 1:3
  for j = i:3
    total = total + i * j;
  end
end
disp(total)
n = 0;
while true
  n = n + 1;
  if n >= 4, break; end
end
disp(n)
for x = {1, 'a', [1 2]}
  disp(class(x))
end
for k = zeros(0, 3)
  disp('never')
end
for r = [1 2; 3 4]'
  disp(r')
end
k = 10;
for k = 1:0
end
disp(isempty(k))
count = 0;
for i = 1:10
  if mod(i, 2) == 0
    continue
  elseif i > 7
    break
  end
  count = count + i;
end
disp(count)
switch 'abc'
  case {'x', 'abc'}
    disp('matched cell')
  otherwise
    disp('no')
end
switch 3
  case 1
    disp(1)
  case {2, 3}
    disp('two or three')
end
if [] disp('empty true'), else disp('empty false'), end
if [1 1 0] disp('all?'), else disp('not all'), end
