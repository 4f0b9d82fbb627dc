function mod_constant()
% mod by a whole constant (compiled inline on double scalars) agrees with mod by a variable
  xs = [0, -0, 1, -1, 7.5, -7.5, 1e17, -1e17, 5.999999999999999, -0.1, 0.3, 1/0, -1/0, 0/0, 2^53 + 2, 123456789.25];
  ds = {2, -3, 10, 1};
  for k = 1:16
    x = xs(k);
    a = mod(x, 2);
    b = mod(x, -3);
    c = mod(x, 10);
    d = mod(x, 1);
    g = [mod(x, ds{1}), mod(x, ds{2}), mod(x, ds{3}), mod(x, ds{4})];
    fprintf('%-22.17g %-22.17g %-22.17g %-22.17g %-22.17g %d\n', x + 0, a + 0, b + 0, c + 0, d + 0, isequaln([a b c d], g));
    fprintf('%g %g %g %g\n', rem(x, 2) + 0, rem(x, -3) + 0, mod(x, 0.1) + 0, rem(x, 0.1) + 0);
  end
  disp(mod(-6:6, 4))
  if mod(xs(3) * 12, 4) == 0
    disp('12 is divisible by 4')
  end
end
