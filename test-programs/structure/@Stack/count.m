function n = count(obj)
  n = helper(obj);
end
function n = helper(obj)
  n = numel(obj.Items);
end
