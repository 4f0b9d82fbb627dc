classdef Named
  properties
    Name = ''
  end
  methods
    function obj = Named(n)
      if nargin > 0
        obj.Name = n;
      end
    end
    function s = describe(obj)
      s = ['I am ' obj.Name];
    end
  end
end
