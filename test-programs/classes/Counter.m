classdef Counter < handle
  properties
    Count = 0
  end
  methods
    function increment(obj)
      obj.Count = obj.Count + 1;
    end
  end
end
