classdef Tally < handle
  properties
    Count = 0
  end
  methods
    function addAll(obj, values)
      for v = values
        step(v);
      end
      function step(x)
        obj.Count = obj.Count + x;
      end
    end
  end
end
