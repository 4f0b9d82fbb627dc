% Property class/size/validator checks (MATLAB docs: "Property Class and Size
% Validation", "Property Validation Functions"); Octave does not validate.
g = Gauge();
disp(g.Width); disp(g.Loc); disp(g.Label); disp(size(g.Tags)); disp(class(g.Count))
g.Loc = [1;2;3];        % a column becomes the declared row
disp(g.Loc)
g.Loc = 7;              % scalar expansion
disp(g.Loc)
g.Width = int8(4);      % converted to the declared class
disp(class(g.Width))
g.Label = 'abc';
disp(class(g.Label))
g.Count = 7.6;
disp(g.Count)
names = {'Width', 'Width', 'Ratio', 'Loc', 'Width'};
values = {-1, [1 2], 1, [1 2], {1}};
for k = 1:numel(names)
  try
    g.(names{k}) = values{k};
  catch e
    fprintf('%s | %s\n', e.identifier, e.message);
  end
end
disp(g.Width)
