% An abstract class and a concrete subclass: dispatch by dot and function syntax, MATLAB's errors
% for instantiating the abstract class and for a missing method, and Name.empty.
d = Dog();
disp(d.speak())
disp(speak(d))
try
  a = Animal();
catch e
  disp(e.message)
end
try
  d.bark()
catch e
  disp(e.identifier)
end
x = Dog.empty();
disp(size(x))
