classdef Account < handle
  properties (SetObservable)
    Balance = 0
  end
  properties
    Owner = 'nobody'
  end
  events
    Overdrawn
    Deposited
  end
  methods
    function deposit(obj, amount)
      obj.Balance = obj.Balance + amount;
      notify(obj, 'Deposited', AmountData(amount));
    end
    function withdraw(obj, amount)
      obj.Balance = obj.Balance - amount;
      if obj.Balance < 0
        obj.notify('Overdrawn');
      end
    end
    function delete(obj)
      fprintf('closing account of %s\n', obj.Owner);
    end
  end
end
