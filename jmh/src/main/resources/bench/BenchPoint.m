classdef BenchPoint
% a value class: step returns the updated copy
  properties
    X = 0
    Y = 1
  end
  methods
    function obj = BenchPoint(x, y)
      obj.X = x;
      obj.Y = y;
    end
    function obj = step(obj, i)
      obj.X = obj.X + i * obj.Y;
      obj.Y = -obj.Y;
    end
    function v = norm1(obj)
      v = abs(obj.X) + abs(obj.Y);
    end
  end
end
