% Enumerations (MATLAB docs: "Enumerations", "Enumerations Derived from
% Built-In Types", "Enumerations in switch Statements"); display in MATLAB's
% format (SPEC §8).
c = Signal.Red
disp(c)
disp(class(c))
fprintf('%d %d %d %d\n', c == Signal.Red, c == Signal.Green, c == 'Red', c ~= "Yellow");
for s = [Signal.Red Signal.Yellow Signal.Green]
  switch s
    case Signal.Red
      disp('stop')
    case {'Yellow'}
      disp('slow down (matched by name)')
    otherwise
      fprintf('go: %s\n', char(s));
  end
end
disp(class(string(Signal.Green)))
[members, names] = enumeration('Signal');
disp(size(members))
fprintf('%s\n', names{:});
enumeration Signal
pair = [Signal.Red Signal.Green]
fprintf('isenum: %d %d\n', isenum(c), isenum(3));
p = Priority.High;
fprintf('%d %d %d\n', double(p), p > Priority.Low, Priority(5) == Priority.Medium);
x = p + 1;
fprintf('%s %d\n', class(x), x);
e = Planet.Earth;
fprintf('%.2f %.3g\n', e.gravity(), Planet.Mars.Mass);
try
  Signal.Purple
catch err
  disp(err.message)
end
try
  Signal(7)
catch err
  disp(err.identifier)
end
