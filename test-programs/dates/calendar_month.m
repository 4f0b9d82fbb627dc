% calendar printed and as a matrix (checked against Octave 7.3).
calendar(2024, 2)
c = calendar(2024, 2)
disp(size(calendar(datenum(2021,5,10))))
