classdef BenchCounter < handle
% a handle class: add updates the object in place
  properties
    Count = 0
    Step = 1
  end
  methods
    function add(obj, i)
      obj.Count = obj.Count + i * obj.Step;
      obj.Step = -obj.Step;
    end
  end
end
