% Every builtin added for issue 12, called with odd arguments (empty, text, cells,
% NaN, huge, negative, handles...): each gives a MATLAB error or a value, never an
% internal error.
fns = {'factor','perms','bitget','bitset','bitcmp','pascal','hilb','invhilb','vander','toeplitz','hankel','compan', ...
  'dec2base','base2dec','bounds','range','rescale','cumtrapz','poly','deconv','fftshift','ifftshift','gammaln','beta', ...
  'erfinv','findstr','strjust','rat','rats','sscanf','textscan','datenum','datestr','datevec','weekday','eomday', ...
  'addtodate','fft','ifft','fft2','interp1','expm','linsolve','orth','movmean','movsum','movmedian','histcounts', ...
  'normalize','typecast','swapbytes','structfun','calendar','validateattributes','nchoosek','datetime','days','hours', ...
  'duration','year','csvread','readmatrix','readcell','mjc_coerce','mjc_namevalue','pad','round','unique','intersect'};
argsets = {{}, {[]}, {'abc'}, {{1, 'a'}}, {NaN}, {-1}, {1.5}, {[1 2; 3 4]}, {int8(5)}, {true}, {1, 2}, {'a', 'b'}, ...
  {[1 2 3], 'x'}, {struct('a', 1)}, {1, 2, 3}, {zeros(0, 3)}, {1e300}, {-Inf}, {"str"}, {@sin}};
bad = 0;
for i = 1:numel(fns)
  for j = 1:numel(argsets)
    a = argsets{j};
    try
      r = feval(fns{i}, a{:});
    catch e
      if contains(e.message, 'internal error') || contains(e.identifier, 'internalError') || isempty(e.identifier) && contains(e.message, 'Exception')
        fprintf('%s(%d): %s\n', fns{i}, j, e.message);
        bad = bad + 1;
      end
    end
  end
end
fprintf('bad=%d\n', bad);
