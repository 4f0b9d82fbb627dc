classdef Signal
  % A plain enumeration (MATLAB docs: "Define Enumeration Classes").
  enumeration
    Red, Yellow, Green
  end
end
