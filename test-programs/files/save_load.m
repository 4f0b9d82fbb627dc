% save/load of MAT-files (v5, also read by Octave 7.3) and of -ascii text, in all
% their forms: named variables, all variables, S = load(...), load of a text
% matrix into a variable named after the file (MATLAB documentation).
d = tempdir;
x = [1 2; 3 4];
name = 'mjc';
c = {1, 'two', [3 4]};
s.a = 5; s.b = 'text';
k = int16([7 -8]);
z = [1+2i 3];
flag = true;
save(fullfile(d, 'mjc_mf_data.mat'), 'x', 'name', 'c', 's', 'k', 'z', 'flag');
clear x name c s k z flag
load(fullfile(d, 'mjc_mf_data.mat'));
disp(x); disp(name); disp(c{2}); disp(s.b); disp(class(k)); disp(k); disp(z); disp(flag)
S = load(fullfile(d, 'mjc_mf_data.mat'), 'x');
disp(fieldnames(S))
save(fullfile(d, 'mjc_mf_all.mat'));
T = load(fullfile(d, 'mjc_mf_all.mat'));
disp(numel(fieldnames(T)))
m = magic(3);
save(fullfile(d, 'mjc_mf_m.txt'), 'm', '-ascii');
disp(fileread(fullfile(d, 'mjc_mf_m.txt')))
clear m
load(fullfile(d, 'mjc_mf_m.txt'))
disp(mjc_mf_m)
w = load(fullfile(d, 'mjc_mf_m.txt'));
disp(size(w))
try
  load(fullfile(d, 'mjc_mf_nothere.mat'))
catch e
  disp(e.identifier)
end
