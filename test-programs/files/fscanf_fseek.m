% fscanf, ftell, fseek and fgetl on one open file, and lastwarn (checked against Octave 7.3)
fid = fopen(fullfile(tempdir, 'mjc_fscanf.txt'), 'w'); fprintf(fid, '1 2 3\n4 5 6\nrest of it\n'); fclose(fid);
fid = fopen(fullfile(tempdir, 'mjc_fscanf.txt'), 'r');
A = fscanf(fid, '%d', [3 2])
disp(ftell(fid));
l = fgetl(fid)
l = fgetl(fid)
fseek(fid, 0, 'bof'); disp(ftell(fid));
B = fscanf(fid, '%d %d %d', 3)'
fseek(fid, -5, 'eof'); disp(fgetl(fid));
disp(fseek(fid, 100, 'bof'))
fclose(fid); delete(fullfile(tempdir, 'mjc_fscanf.txt'));
warning('my:id', 'careful %d', 3);
[m, id] = lastwarn()
lastwarn('reset');
disp(lastwarn())
