% sscanf: recycled formats, sizes, counts, %s/%c as text, skips, hex (checked
% against Octave 7.3).
disp(sscanf('3 4 5', '%d')')
disp(sscanf('1.5, 2.25, 3', '%f,')')
x = sscanf('10 20 30 40 50 60', '%d', [2 Inf])
[a, n] = sscanf('7 8 nine', '%d')
disp(sscanf('abc', '%s'))
disp(class(sscanf('abc', '%s')))
disp(sscanf('x=12 y=34', 'x=%d y=%d')')
disp(sscanf('ff 10', '%x')')
disp(sscanf('3.5e2', '%g'))
disp(sscanf('12abc', '%d%s')')
disp(sscanf('1,2;3,4', '%d%*c')')
disp(sscanf('5 6 7', '%d', 2)')
