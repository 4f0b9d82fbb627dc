f = fullfile(tempdir, 'mjc_files_test.txt');
await(write_text_async(f, "hello" + newline + "world"));
s = await(read_text_async(f));
disp(class(s))
disp(s)
c = fileread(f);
disp(class(c))
disp(size(c))
try
  fileread('/no/such/file.txt');
catch e
  disp(e.identifier); disp(e.message);
end
try
  await(read_text_async('/no/such/file.txt'));
catch e
  disp(e.identifier);
end
try
  await(write_text_async('/no/such/dir/x.txt', 'x'));
catch e
  disp(e.identifier); disp(e.message);
end
try
  fileread(tempdir);
catch e
  disp(e.identifier);
end
t = spawn(async @() do
  txt = fileread(f);
  fprintf('spawned read %d chars\n', numel(txt));
end);
await(t);
delete(f);
