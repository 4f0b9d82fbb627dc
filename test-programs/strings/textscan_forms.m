% textscan of text and of an open file: repeated formats, delimiters, header
% lines, counts, CollectOutput, literals (checked against Octave 7.3).
C = textscan('1 2 3 4 5 6', '%f %f');
disp(C{1}'); disp(C{2}')
C = textscan(sprintf('a,1\nb,2\nc,3'), '%s %d', 'Delimiter', ',');
disp(C{1}'); disp(class(C{2})); disp(C{2}')
C = textscan(sprintf('name val\nx 1.5\ny 2.5'), '%s %f', 'HeaderLines', 1);
disp(C{1}'); disp(C{2}')
C = textscan('1,,3', '%f %f %f', 'Delimiter', ',');
disp([C{:}])
C = textscan('10 20 30 40', '%f', 2);
disp(C{1}')
C = textscan('1 2 3 4', '%f %f', 'CollectOutput', true);
disp(C{1})
C = textscan('x=1 x=2', 'x=%d');
disp(C{1}')
f = fullfile(tempdir, 'mjc_textscan.txt');
fid = fopen(f, 'w'); fprintf(fid, 'id,score\n1,9.5\n2,7.25\n'); fclose(fid);
fid = fopen(f, 'r');
D = textscan(fid, '%d %f', 'Delimiter', ',', 'HeaderLines', 1);
fclose(fid);
disp(D{1}'); disp(D{2}')
