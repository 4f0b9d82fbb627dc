% typecast and swapbytes (checked against Octave 7.3).
disp(typecast(uint8([1 0 0 0]), 'uint32'))
disp(typecast(single(1), 'uint32'))
disp(typecast(int8(-1), 'uint8'))
disp(typecast(uint32(1), 'uint8'))
disp(class(typecast(uint8([0 0 128 63]), 'single')))
disp(typecast(uint8([0 0 128 63]), 'single'))
disp(swapbytes(uint16(1)))
disp(swapbytes(uint32([1 256])))
