z = 3 + 4i
abs(z)
angle(z)
conj(z)
real(z)
imag(z)
sqrt(-4)
z * (1 - 2i)
z / 2
[1+2i, 3-4i]
isreal(z)
isreal(3)
c = complex(1, 0)
isreal(c)
exp(1i * pi)
abs([3+4i, -5])
(1+2i)'
[1+2i; 3].'
