f = [tempname '.txt'];
fid = fopen(f, 'w');
fprintf(fid, 'line %d\n', 1:3);
fprintf(fid, 'last');
fclose(fid);
fid = fopen(f, 'r');
while ~feof(fid)
  l = fgetl(fid);
  fprintf('[%s]\n', l);
end
fclose(fid);
fid = fopen(f);
txt = fread(fid, Inf, '*char')';
fclose(fid);
disp(numel(txt))
[fid, msg] = fopen('/nonexistent/zz.txt', 'r');
disp(fid); disp(msg);
lines = readlines(f);
disp(size(lines))
writelines(["a", "b"], f);
disp(fileread(f))
[d, n, e] = fileparts('/a/b/c.txt');
fprintf('%s|%s|%s\n', d, n, e);
disp(fullfile('a', 'b', 'c.m'))
disp(isfile(f))
delete(f);
disp(isfile(f))
try
  fclose(99);
catch err
  disp(err.identifier)
end
