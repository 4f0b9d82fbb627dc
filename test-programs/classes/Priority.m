classdef Priority < int32
  % An integer-based enumeration: members are int32 values too.
  enumeration
    Low (1)
    Medium (5)
    High (10)
  end
end
