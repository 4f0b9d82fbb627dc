% integer classes: saturation, rounding, mixed arithmetic
a = int8(100) + int8(100);
disp(a)
b = int8(-100) - int8(100);
disp(b)
disp(uint8(3.5))
disp(uint8(2.5))
disp(int16(-2.5))
disp(uint8(-7))
disp(int32(7) / int32(2))
disp(int32(-7) / int32(2))
disp(class(int8(5) * 2.6))
disp(int8(5) * 2.6)
disp(idivide(int32(7), int32(2)))
disp(idivide(int32(7), int32(2), 'floor'))
disp(idivide(int32(-7), int32(2), 'ceil'))
disp(idivide(int32(-7), int32(2), 'round'))
disp(intmax('int16'))
disp(intmin('int8'))
disp(intmax('uint32') + 1)
disp(class(intmax))
x = uint16([100 200 300]) * 300;
disp(x)
disp(bitand(uint8(12), uint8(10)))
disp(bitor(12, 10))
disp(bitxor(12, 10))
disp(bitshift(1, 4))
disp(bitshift(uint8(255), 1))
disp(bitshift(16, -2))
disp(isa(int8(1), 'integer'))
disp(isa(1, 'float'))
disp(isa(single(1), 'numeric'))
disp(isinteger(int64(1)))
disp(cast(300, 'uint8'))
disp(class(cast(int8(5), 'double')))
c = int16([1 2 3]);
c(2) = 40000;
disp(c)
disp(mod(int8(-7), int8(3)))
disp(rem(int8(-7), int8(3)))
disp(abs(int8(-128)))
disp(-int8(-128))
disp(double(int64(9007199254740993)))
y = int32(10);
y = y / 4;
disp(y)
disp(sum(int8([100 100])))
disp(class(sum(int8([100 100]))))
disp(mean(int8([1 2])))
z = zeros(1, 3, 'int8');
disp(class(z))
disp(int8(1):int8(4))
try
  int8(1) + int16(1);
catch err
  disp(err.identifier)
end
