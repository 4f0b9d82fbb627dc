% Trigonometry in degrees and of reciprocal functions, sinpi/cospi/sinc, powers of two, the
% real-only roots and logarithms, and coordinate conversions (checked against Octave 7.3; the
% realsqrt/reallog/realpow messages are MATLAB's)
x = [-90 -45 0 30 45 90 135 180 270];
disp(tand(x)); disp(cotd(x)); disp(secd(x)); disp(cscd(x));
y = [-1 0 1];
disp(asind(y)); disp(acosd(y)); disp(atand(y)); disp(atan2d([1 -1], [-1 -1]));
z = [0.5 2 -3];
disp(acot(z)); disp(asec(z)); disp(acsc(z)); disp(acotd(z)); disp(asecd(z)); disp(acscd(z));
disp(coth(z)); disp(sech(z)); disp(csch(z)); disp(acoth(z)); disp(asech(z)); disp(acsch(z));
disp(asind(2))
disp(sinpi([0 0.5 1 1.5 2 -0.5 0.25])); disp(cospi([0 0.5 1 1.5 2 -0.5 0.25]));
disp(sinc([0 0.5 1 -1.5]))
disp(nextpow2([0 1 2 3 4 5 1023 1024 1025 0.3 -8]))
disp(pow2([0 1 10])); disp(pow2(3, [1 2]))
disp(realsqrt(16)); disp(reallog(exp(2))); disp(realpow(2, 10))
try, realsqrt(-1), catch e, disp(e.message), end
try, reallog(-1), catch e, disp(e.message), end
try, realpow(-8, 1/3), catch e, disp(e.message), end
[t, r] = cart2pol([1 0 -1], [1 2 0])
[xx, yy] = pol2cart([0 pi/2], [1 2])
[az, el, rr] = cart2sph(1, 1, 1)
[a1, b1, c1] = sph2cart(pi/4, 0, 2)
P = cart2pol([1 1; 0 2])
[t3, r3, z3] = cart2pol(3, 4, 5)
