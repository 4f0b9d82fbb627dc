% datetime and duration basics (MATLAB documentation: construction, components,
% arithmetic, comparison, Format, display; Octave 7.3 has neither class).
t = datetime(2024, 1, 15)
t2 = datetime(2024, 3, 1, 12, 30, 0)
disp(t2)
disp(t2.Year); disp(t2.Month); disp(t2.Hour)
d = t2 - t
disp(hours(d))
t3 = t + days(30)
t4 = t + 1.5;
disp(t4)
disp(t < t2)
h = hours(1.5)
m = minutes(90)
disp(minutes(h))
dd = duration(1, 30, 0)
disp(dd * 2)
disp(dd + minutes(15))
disp(isdatetime(t)); disp(isduration(h))
t5 = datetime('2024-02-29');
disp(char(t5))
t5.Format = 'yyyy/MM/dd';
disp(t5)
disp(year(t5)); disp(day(t5))
t6 = datetime('15/03/2021', 'InputFormat', 'dd/MM/yyyy');
disp(t6)
s.when = t;
disp(class(s.when))
