classdef Shape < Base
  properties
    Width = 2
    Height
  end
  properties (Constant)
    Sides = 4
  end
  properties (Dependent)
    Area
  end
  methods
    function a = get.Area(obj)
      a = obj.Width * obj.Height;
    end
    function set.Width(obj, w)
      if w < 0
        error('Shape:neg', 'negative width');
      end
      obj.Width = w;
    end
  end
end
