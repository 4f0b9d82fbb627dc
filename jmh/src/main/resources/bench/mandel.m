function count = mandel(n)
% points of an n-by-n grid over [-2, 0.5] x [-1.25, 1.25] that stay bounded for 50 steps
  count = 0;
  for i = 0:n-1
    for j = 0:n-1
      cr = -2 + 2.5 * i / n;
      ci = -1.25 + 2.5 * j / n;
      zr = 0;
      zi = 0;
      k = 0;
      while k < 50 && zr * zr + zi * zi <= 4
        t = zr * zr - zi * zi + cr;
        zi = 2 * zr * zi + ci;
        zr = t;
        k = k + 1;
      end
      if k == 50
        count = count + 1;
      end
    end
  end
end
