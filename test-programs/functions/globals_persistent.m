global counter
counter = 0;
bump(); bump(); bump();
disp(counter)
for k = 1:3
  disp(next_id())
end
disp(read_global())

function bump()
  global counter
  counter = counter + 1;
end

function id = next_id()
  persistent n
  if isempty(n)
    n = 100;
  end
  n = n + 1;
  id = n;
end

function v = read_global()
  global counter
  v = counter * 10;
end
