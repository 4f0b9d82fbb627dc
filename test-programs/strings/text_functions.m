% Text functions checked against Octave 7.3 (num2str/mat2str/sprintf forms,
% cellfun by name and with ErrorHandler, regexp outputs); pad follows MATLAB's
% documentation (Octave has none), as does mixing char rows into a string array.
disp(num2str([1 2 3; 4 5 6]))
disp(num2str([1.5 2.25; 3 4]))
disp(num2str(pi, 8))
disp(num2str([10 200 3000]))
disp(mat2str([1.23456 2; 3 4], 3))
disp(mat2str([true false]))
disp(int2str(2.7))
disp(sprintf('%g', 1e-5))
disp(sprintf('%8.3g|', [pi 1e6 123456789]))
c = cellfun('length', {'ab', 'cde', ''})
c2 = cellfun(@(x) x * 2, {1, 'a'}, 'ErrorHandler', @(err, x) -1)
[tok, mat] = regexp('ab12cd345', '(\d+)', 'tokens', 'match');
disp(tok{2}{1}); disp(mat{1})
s = regexp('key=val', '(?<k>\w+)=(?<v>\w+)', 'names');
disp(s.v)
parts = regexp('a,b;;c', '[,;]', 'split')
first = regexp('x1y22', '\d+', 'match', 'once')
[s1, e1] = regexp('hello world', 'o', 'start', 'end')
te = regexp('ab12', '(\d)(\d)', 'tokenExtents');
disp(te{1})
disp(regexprep('abc', '(\w)', '$1$1'))
disp(['[' blanks(3) ']'])
disp(contains("Hello", "hello", 'IgnoreCase', true))
disp(upper("abc"))
disp(startsWith({'apple', 'banana'}, 'a'))
disp(["[" + pad("ab", 5, "left") + "]"])
disp(["[" pad('ab', 6, 'both') "]"])
disp(pad({'a', 'abc'}))
disp(["[" pad('7', 5, 'left', '0') "]"])
y = ["[" 'ab' "]"]
