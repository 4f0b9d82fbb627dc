% input, system, setenv/getenv and exit with a status inside try (exit cannot be
% caught). MATLAB semantics; reads from an empty standard input here.
[st, out] = system('echo hello');
fprintf('%d %s\n', st, strtrim(out));
setenv('MJC_GOLDEN', 'v1');
disp(getenv('MJC_GOLDEN'))
disp(ispc() + isunix())
try
  exit(0)
catch
  disp('not reached')
end
disp('not reached either')
