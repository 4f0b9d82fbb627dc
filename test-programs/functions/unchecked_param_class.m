% A function with a version for double-scalar arguments checks only the parameters that stay
% double scalars; another parameter may arrive as any class (here char and int8) and must not
% be treated as a real double array in that version (it raised "not a real double scalar").
disp(bump([2, 2.5], 5))
disp(bump('mjc', 2))
disp(class(bump('mjc', 2)))
disp(bump(int8([100 120]), 3))
disp(class(bump(int8([100 120]), 3)))

function p1 = bump(p1, p2)
  p1(end + 1) = floor(p2 / 2);
  for i1 = 1:numel(p1)
    p1(i1) = p1(i1) + i1;
  end
end
