classdef Circle
  properties
    R = 1
  end
  methods
    function obj = Circle(r)
      if nargin > 0
        obj.R = r;
      end
    end
    function a = area(obj)
      a = geo.area(obj.R);
    end
  end
  methods (Static)
    function c = unit()
      c = geo.Circle(1);
    end
  end
end
