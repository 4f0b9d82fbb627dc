classdef Person < Named
  properties
    Age = 0
  end
  methods
    function obj = Person(n, a)
      obj = obj@Named(n);
      obj.Age = a;
    end
    function s = describe(obj)
      s = [describe@Named(obj) sprintf(', %d years', obj.Age)];
    end
  end
end
