classdef Stack < handle
  properties
    Items = {}
  end
  methods
    push(obj, x)
    x = pop(obj)
  end
end
