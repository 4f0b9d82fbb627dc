% index errors and their identifiers
v = [1 2 3];
tests = {@() v(4), @() v(0), @() v(1.5), @() v(-1), @() v(2, 2), @() v(1, 1, 2)};
for i = 1:numel(tests)
  try
    tests{i}();
    disp('no error');
  catch e
    fprintf('%d: %s\n', i, e.identifier);
  end
end
try
  v(1, 2, 3) = [];
catch e
  disp(e.identifier)
end
try
  m = magic(3);
  m([1 2], :) = [1 2];
catch e
  disp(e.identifier)
end
try
  x = [1 2; 3 4];
  x(:, 3) = [1 2 3];
catch e
  disp(e.identifier)
end
try
  c = {1, 2};
  d = c + 1;
catch e
  disp(e.identifier)
end
try
  s.a = 1;
  s(3).a
catch e
  disp(e.identifier)
end
try
  q = 5;
  q{1}
catch e
  disp(e.identifier)
end
try
  p = 1:3;
  p.field = 2;
catch e
  disp(e.identifier)
end
try
  [1 2; 3]
catch e
  disp(e.identifier)
end
