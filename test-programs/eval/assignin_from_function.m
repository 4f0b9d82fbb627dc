% evalin/assignin reach the base workspace from the script; from a function they fail plainly
assignin('base', 'made', 7);
disp(made)
disp(evalin('base', 'made * 2'))
try
  assignin('base', '1bad', 3);
catch e
  disp(e.identifier)
end
try
  setter();
catch e
  disp(e.identifier)
end
disp('done')
function setter()
  assignin('caller', 'z', 1);
end
