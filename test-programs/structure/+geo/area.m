function a = area(r)
  a = pi * r^2 * geo.util.scale();
end
