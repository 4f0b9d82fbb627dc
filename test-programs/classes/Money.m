classdef Money
  properties
    Amount = 0
    Currency = 'EUR'
  end
  methods
    function obj = Money(a, c)
      if nargin > 0
        obj.Amount = a;
        obj.Currency = c;
      end
    end
    function disp(obj)
      fprintf('  %.2f %s\n', obj.Amount, obj.Currency);
    end
    function r = plus(a, b)
      r = Money(a.Amount + b.Amount, a.Currency);
    end
  end
end
