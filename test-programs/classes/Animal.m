classdef (Abstract) Animal
  methods (Abstract)
    s = speak(obj)
  end
end
