% Incomplete gamma and beta functions, expint, psi (digamma and polygamma), erfcinv and erfcx
% (checked against Octave 7.3)

disp(gammainc([0 0.5 1 2 10], 2)); disp(gammainc(3, [0.5 1 5 20])); disp(gammainc(2, 3, 'upper'));
disp(betainc([0 0.2 0.5 0.9 1], 2, 3)); disp(betainc(0.4, [0.5 1 10], 2)); disp(betainc(0.3, 2, 2, 'upper'));
disp(expint([0.1 1 2 10])); disp(expint(-1)); disp(expint(50))
disp(psi([1 2 0.5 10 -0.5 3.7])); disp(psi(1, [1 2 0.5])); disp(psi(2, 3));
disp(erfcinv([0.001 0.5 1 1.5 1e-10])); disp(erfcx([0 1 5 30 100]));
