% Trigonometric, hyperbolic and logarithmic functions on complex numbers and on real inputs
% outside their real domain (asin(2), acosh(0.5), log2(-4)), checked against Octave 7.3
a = asin(2)
b = acos(-3)
c = acosh(0.5)
d = atanh(2)
e = log(-1)
f = sqrt(-4)
g = asin(1+2i)
h = power(-8, 1/3)
z = [1+2i, -0.5-1i, 3i, -2];
disp(sin(z)); disp(cos(z)); disp(tan(z));
disp(sinh(z)); disp(cosh(z)); disp(tanh(z));
disp(asin(z)); disp(acos(z)); disp(atan(z));
disp(asinh(z)); disp(acosh(z)); disp(atanh(z));
disp(log2(z)); disp(log10(z));
disp(sec(z)); disp(csc(z)); disp(cot(z));
disp(asin([2 -2 0.5])); disp(acos([2 -2 0.5])); disp(acosh([0.5 -2 3])); disp(atanh([2 -3 0.5]));
disp(log2([-4 8])); disp(log10([-100 10]));
disp(asinh(-3))
