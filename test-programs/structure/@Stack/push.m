function push(obj, x)
  obj.Items{end + 1} = x;
end
