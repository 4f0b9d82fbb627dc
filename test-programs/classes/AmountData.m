classdef AmountData < event.EventData
  properties
    Amount
  end
  methods
    function data = AmountData(a)
      data.Amount = a;
    end
  end
end
