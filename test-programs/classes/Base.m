classdef Base < handle
  properties
    A = 1
  end
  methods
    function r = describe(obj)
      r = sprintf('A=%d', obj.A);
    end
  end
end
