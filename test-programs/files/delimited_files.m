% Delimited text files (csvread/csvwrite/dlmread/dlmwrite checked against Octave
% 7.3; readmatrix/writematrix/readcell/writecell follow MATLAB's documentation).
d = tempdir;
f_a_csv = fullfile(d, 'mjc_dl_a.csv'); f_b_txt = fullfile(d, 'mjc_dl_b.txt');
f_c_csv = fullfile(d, 'mjc_dl_c.csv'); f_d_csv = fullfile(d, 'mjc_dl_d.csv');
f_e_csv = fullfile(d, 'mjc_dl_e.csv');
M = [1 2.5 3; 4 5 6];
csvwrite(f_a_csv, M);
disp(fileread(f_a_csv))
disp(csvread(f_a_csv))
disp(csvread(f_a_csv, 1, 1))
dlmwrite(f_b_txt, M, ';');
disp(fileread(f_b_txt))
disp(dlmread(f_b_txt, ';'))
dlmwrite(f_b_txt, [7 8 9], '-append', 'delimiter', ';');
disp(dlmread(f_b_txt, ';'))
fid = fopen(f_c_csv, 'w'); fprintf(fid, 'x,y\n1,2\n3,\n5,6\n'); fclose(fid);
disp(readmatrix(f_c_csv))
writematrix([pi 1; 2 3], f_d_csv);
disp(fileread(f_d_csv))
c = readcell(f_c_csv)
writecell({'a', 1; 'b,c', 2}, f_e_csv);
disp(fileread(f_e_csv))
try
  csvread(fullfile(d, 'mjc_no_such_file.csv'))
catch e
  disp(e.identifier)
end
