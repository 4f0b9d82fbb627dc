% Tables (MATLAB's table; Octave 7.3 has none, so the expected output follows MATLAB's
% documented display): construction, display, the three kinds of indexing, assignment with
% growth and deletion, Properties, sortrows, conversions, varfun, concatenation, readtable and
% writetable, and the errors MATLAB gives for misuse.
LastName = {'Sanchez'; 'Johnson'; 'Li'; 'Diaz'; 'Brown'};
Age = [38; 43; 38; 40; 49];
Smoker = logical([1; 0; 1; 0; 1]);
BloodPressure = [124 93; 109 77; 125 83; 117 75; 122 80];
T = table(LastName, Age, Smoker, BloodPressure)
disp(size(T))
fprintf('%d rows, %d variables, istable %d\n', height(T), width(T), istable(T));
% dot, paren and brace indexing
disp(T.Age')
fprintf('%s is %d\n', T.LastName{2}, T.Age(2));
older = T(T.Age > 39, {'LastName', 'Age'})
x = T{end, 'BloodPressure'}
T(2:3, :).LastName
fprintf('%s;', T.LastName{:}); fprintf('\n');
% assignment: a new variable, an element, a row appended, a row and a variable deleted
T.Mean = mean(T.BloodPressure, 2);
T.Age(1) = 39;
T{3, 'Age'} = 37;
T(end+1, :) = {'Green', 50, false, [130 85], 107.5};
T(2, :) = [];
T.Smoker = [];
T
% Properties, row names, sortrows
T.Properties.VariableNames{1} = 'Name';
disp(T.Properties.VariableNames)
S = sortrows(T, 'Age', 'descend');
disp(S.Name')
P = table([185; 133; 210], [74; 65.4; 72.2], 'VariableNames', {'weights', 'heights'}, ...
    'RowNames', {'Harry', 'Sally', 'Jose'})
P('Jose', :)
disp(P{:, 'weights'}')
% conversions
A = array2table([1 2; 3 4], 'VariableNames', {'a', 'b'});
disp(table2array(A))
C = cell2table({'x', 1; 'y', 2}, 'VariableNames', {'k', 'v'})
s = table2struct(C);
fprintf('%s=%d\n', s(2).k, s(2).v);
c = table2cell(C)
varfun(@sum, A)
[A; {5, 6}]
[A, table([7; 8], 'VariableNames', {'c'})]
head(array2table(magic(4)), 2)
% readtable / writetable round trip through a CSV file
f = fullfile(tempdir, 'mjc_tables_people.csv');
fid = fopen(f, 'w');
fprintf(fid, 'Name,Age,Height (cm)\nAnn,31,170.5\n"Smith, Bob",,182\nCy,45,165\n');
fclose(fid);
R = readtable(f, 'VariableNamingRule', 'preserve')
R.Properties.VariableNames = {'Name', 'Age', 'Height'};
fprintf('mean age %g\n', mean(R.Age, 'omitnan'));
writetable(R, f);
disp(fileread(f))
R2 = readtable(f);
disp(isequaln(R2.Age, R.Age) && isequal(R2.Name, R.Name))
delete(f);
% misuse gives MATLAB's errors
try, T(1), catch e, disp(e.message), end
try, T.Weight, catch e, disp(e.message), end
try, T(9, :), catch e, disp(e.message), end
try, T.Age = [1; 2], catch e, disp(e.message), end
try, table([1; 2], [1; 2; 3]), catch e, disp(e.message), end
try, table(1, 2, 'VariableNames', {'a', 'a'}), catch e, disp(e.message), end
try, readtable(fullfile(tempdir, 'mjc_no_such_file.csv')), catch e, disp(e.identifier), end
