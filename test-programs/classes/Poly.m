classdef Poly
  % polynomial coefficients, highest power first; p(x) evaluates
  properties
    Coef = 0
  end
  methods
    function obj = Poly(c)
      if nargin > 0
        obj.Coef = c;
      end
    end
    function varargout = subsref(obj, s)
      switch s(1).type
        case '()'
          x = s(1).subs{1};
          varargout{1} = polyval(obj.Coef, x);
        case '.'
          [varargout{1:nargout}] = builtin('subsref', obj, s);
        otherwise
          error('Poly:subsref', 'Brace indexing is not supported for Poly.');
      end
    end
    function obj = subsasgn(obj, s, v)
      if strcmp(s(1).type, '()')
        k = numel(obj.Coef) - s(1).subs{1};
        obj.Coef(k) = v;
      else
        obj = builtin('subsasgn', obj, s, v);
      end
    end
    function n = numel(obj, varargin)
      n = 1;
    end
    function e = end(obj, k, n)
      e = numel(obj.Coef) - 1;
    end
    function d = degree(obj)
      d = numel(obj.Coef) - 1;
    end
  end
end
