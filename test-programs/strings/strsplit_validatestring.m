c = strsplit('a b  c')
c = strsplit(sprintf('a\tb'), '\t')
c = strsplit('a,b;;c', {',', ';'})
c = strsplit('a,b;;c', {',', ';'}, 'CollapseDelimiters', false)
[c, m] = strsplit('a1b22c', '\d+', 'DelimiterType', 'RegularExpression')
c = strsplit(',a,', ',')
c = strsplit('abc', 'abc')
s = strsplit("x y z")
class(s)
v = validatestring('app', {'apple', 'banana'})
v = validatestring('APPLE', {'apple', 'applesauce'})
try
  validatestring('a', {'apple', 'apricot'})
catch e
  disp(e.message)
end
try
  validatestring('z', {'apple', 'apricot'})
catch e
  disp(e.message)
end
try
  strsplit(5)
catch e
  disp(e.message)
end
try
  strsplit('abc', '')
catch e
  disp(e.identifier)
end
try
  strsplit('a b', ' ', 'Bogus', 1)
catch e
  disp(e.identifier)
end
v = validatestring("ban", ["apple", "banana"])
class(v)
