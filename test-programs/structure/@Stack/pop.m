function x = pop(obj)
  x = obj.Items{end};
  obj.Items(end) = [];
end
