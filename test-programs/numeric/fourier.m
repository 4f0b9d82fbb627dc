% fft/ifft/fft2/ifft2: power-of-two lengths, other lengths, padding, matrices
% (checked against Octave 7.3; 'symmetric' per MATLAB's documentation).
disp(fft([1 1]))
X = fft([1 2 3 4])
Y = fft([1 2 3])
x = ifft(fft([1 2 3]), 'symmetric')
disp(abs(fft([1 0 0 0 0 0 0], 4)))
A = fft([1 2; 3 4])
B = fft2([1 2; 3 4])
disp(round(real(ifft2(B))))
