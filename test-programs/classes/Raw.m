classdef Raw
  properties
    V = 1
  end
  methods
    function disp(obj)
      fprintf('Raw wrapper:\n');
      builtin('disp', obj);
    end
  end
end
