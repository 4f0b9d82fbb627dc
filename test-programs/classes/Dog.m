classdef Dog < Animal
  methods
    function s = speak(obj)
      s = 'woof';
    end
  end
end
