classdef Planet
  % An enumeration with properties set by its constructor.
  properties
    Mass
    Radius
  end
  methods
    function obj = Planet(m, r)
      obj.Mass = m;
      obj.Radius = r;
    end
    function g = gravity(obj)
      g = 6.67e-11 * obj.Mass / obj.Radius^2;
    end
  end
  enumeration
    Earth (5.97e24, 6.371e6)
    Mars (6.42e23, 3.39e6)
  end
end
