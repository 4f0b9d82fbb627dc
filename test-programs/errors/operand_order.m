% An element-wise expression fails at its first failing operation in MATLAB's order, before
% later operands are computed: the optimizer's one-loop form of such trees must not compute a
% later operand (an error of its own, or output) first. Octave agrees on the order; its
% identifier for the mismatch is Octave:nonconformant-args, MATLAB's is the one below.
a = [1 2];
b = [1 2 3];
try
  r = abs(a - b) - b * b;
catch e
  disp(e.identifier)
end
try
  r = a - b + noisy(3);
catch e
  disp(e.identifier)
end
r = (a + 1) .* a - noisy(2);
disp(r)

function y = noisy(x)
  disp('noisy called');
  y = x;
end
