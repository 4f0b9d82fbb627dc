% MATLAB's validation functions (R2017a+ documentation; Octave 7's messages differ, so this
% expected output follows MATLAB's): silent on a valid value, MATLAB's identifier and message
% on an invalid one.
mustBePositive([1 2 3]);
mustBeInteger(4);
mustBeInRange(5, 1, 10);
mustBeText("abc");
mustBeNonempty({1});
disp('valid values pass')
checks = {@() mustBePositive([1 0 2]), @() mustBeNonnegative(-1), @() mustBeInteger(2.5), ...
          @() mustBeInteger(NaN), @() mustBeFinite(Inf), @() mustBeNonzero([1 0]), ...
          @() mustBeGreaterThan(3, 3), @() mustBeLessThanOrEqual(7, 2.5), ...
          @() mustBeInRange(11, 1, 10), @() mustBeNumeric('a'), @() mustBePositive('a'), ...
          @() mustBeNonempty([]), @() mustBeText(5), @() mustBeVector(ones(2)), ...
          @() mustBeScalarOrEmpty([1 2]), @() mustBeReal(1i)};
for k = 1:numel(checks)
    try
        f = checks{k};
        f();
        disp('no error')
    catch err
        fprintf('%s: %s\n', err.identifier, err.message);
    end
end
