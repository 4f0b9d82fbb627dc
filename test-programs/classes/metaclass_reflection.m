% metaclass and ?Name (MATLAB docs: "Class Metadata"): name, superclasses,
% properties, methods, events and enumeration members of a class.
mc = ?Account;
disp(class(mc))
disp(mc.Name)
disp(mc.HandleCompatible)
fprintf('%s ', mc.PropertyList.Name); fprintf('\n');
names = {mc.MethodList.Name};
disp(any(strcmp(names, 'deposit')))
fprintf('%s ', mc.EventList.Name); fprintf('\n');
m2 = metaclass(Gauge());
disp(m2.Name)
disp(metaclass(3).Name)
sc = ?AmountData;
disp(sc.SuperclassList.Name)
fprintf('%s ', metaclass(Signal.Red).EnumerationMemberList.Name); fprintf('\n');
p = findobj_free(?Gauge, 'Width');
fprintf('%s %s\n', p.Name, p.SetAccess);
function p = findobj_free(mc, name)
  for p = mc.PropertyList'
    if strcmp(p.Name, name)
      return
    end
  end
end
