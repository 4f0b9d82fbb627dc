% Events and listeners (MATLAB docs: "Events and Listeners", "Listen for
% Changes to Property Values"): notify with and without custom event data,
% dot and function forms, PostSet on a SetObservable property, Enabled, deleting
% a listener, a destructor, and the errors for unknown events and properties.
a = Account();
a.Owner = 'Ada';
l1 = addlistener(a, 'Overdrawn', @(src, evt) fprintf('overdrawn! balance %d (%s)\n', src.Balance, evt.EventName));
l2 = addlistener(a, 'Deposited', @(src, evt) fprintf('deposited %d\n', evt.Amount));
l3 = addlistener(a, 'Balance', 'PostSet', @(meta, evt) fprintf('%s changed to %d\n', meta.Name, evt.AffectedObject.Balance));
a.deposit(10);
a.withdraw(25);
l3.Enabled = false;
a.withdraw(1);
delete(l1);
a.withdraw(1);
disp(class(l2))
disp(isvalid(a))
delete(a)
disp(isvalid(a))
try
  notify(a, 'Nope');
catch e
  disp(e.message)
end
b = Account();
try
  notify(b, 'Nope');
catch e
  disp(e.message)
end
try
  addlistener(b, 'Owner', 'PostSet', @(s, e) disp(1));
catch e
  disp(e.message)
end
