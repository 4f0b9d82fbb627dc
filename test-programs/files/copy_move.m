% copyfile and movefile, with and without status outputs (checked against Octave 7.3)
f = fullfile(tempdir, 'mjc_copy_a.txt'); g = fullfile(tempdir, 'mjc_copy_b.txt'); h = fullfile(tempdir, 'mjc_copy_c.txt');
fid = fopen(f, 'w'); fprintf(fid, 'hello'); fclose(fid);
copyfile(f, g); disp(fileread(g)); movefile(g, h); disp(exist(g, 'file')); disp(fileread(h));
[ok, msg] = copyfile(fullfile(tempdir, 'mjc_nope_zz.txt'), g); disp(ok)
delete(f); delete(h);
