classdef Gauge
  % Property validation as documented in "Validate Property Values" (MATLAB):
  % class and size are applied first (with conversion, scalar expansion and
  % row/column reshaping), then the validator functions.
  properties
    Width (1,1) double {mustBePositive} = 1
    Loc (1,3) = 0
    Label string = "gauge"
    Tags (1,:) cell
    Count (1,1) int32
    Ratio {mustBeGreaterThan(Ratio, 2)} = 3
  end
end
