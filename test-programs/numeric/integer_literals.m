% Hexadecimal and binary literals (R2019b): smallest unsigned class by default,
% size/sign suffixes, two's complement for signed ones; checked against Octave 7.3.
a = 0x1F
b = 0b101
c = 0xFFu8; disp(class(c))
d = 0xFFs8
e = 0x7FFFs16
f = 0x100
g = 0xFFFFFFFFFFFFFFFF
h = 0b1s16
k = 0x1Fu32 + 1; disp(class(k)); disp(k)
disp(class(0x100))
disp(class(0b1))
