% str2num evaluates its text in brackets: '7 + 8' is a sum, '1 -2 3' three numbers
% (checked against Octave 7.3).
disp(str2num('7 + 8'))
disp(str2num('1 -2 3'))
disp(str2num('[1 2; 3 4]'))
[v, ok] = str2num('abc')
