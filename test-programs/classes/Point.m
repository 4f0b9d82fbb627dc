classdef Point
  properties
    X = 0
    Y = 0
  end
  properties (SetAccess = private)
    Label = 'pt'
  end
  methods
    function obj = Point(x, y)
      if nargin > 0
        obj.X = x;
        obj.Y = y;
      end
    end
    function d = norm(obj)
      d = sqrt(obj.X^2 + obj.Y^2);
    end
    function obj = rename(obj, s)
      obj.Label = s;
    end
    function r = plus(a, b)
      r = Point(a.X + b.X, a.Y + b.Y);
    end
  end
end
