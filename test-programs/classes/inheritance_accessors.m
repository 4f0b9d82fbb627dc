% Inheritance from a handle class, Constant and Dependent properties, a get and a set method
% (MATLAB's documented semantics; the display is MATLAB's, SPEC §8).
s = Shape();
s.Height = 3;
disp(s.Area)
disp(Shape.Sides)
disp(s.describe())
s.Width = 5;
disp(s.Area)
try
  s.Width = -1;
catch e
  disp(e.identifier)
end
disp(isa(s, 'Base'))
s
