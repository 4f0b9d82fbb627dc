% regexp in its output forms, on log-like lines
lines = {'2024-01-05 ERROR disk full', '2024-01-06 INFO started', '2024-02-11 ERROR net down'};
for i = 1:numel(lines)
  tok = regexp(lines{i}, '^(\d+)-(\d+)-(\d+) (\w+) (.*)$', 'tokens');
  t = tok{1};
  fprintf('%s/%s/%s [%s] %s\n', t{3}, t{2}, t{1}, lower(t{4}), t{5});
end
names = regexp('key1=val1;key2=val2', '(?<k>\w+)=(?<v>\w+)', 'names');
disp(size(names))
for i = 1:numel(names)
  fprintf('%s -> %s\n', names(i).k, names(i).v);
end
parts = regexp('a,b;;c', '[,;]', 'split');
disp(numel(parts))
disp(parts)
[s, e] = regexp('abcabc', 'bc');
disp([s; e])
m = regexp('The Quick Brown Fox', '[A-Z]\w*', 'match');
disp(strjoin(m, '-'))
once = regexp('x12y345', '\d+', 'match', 'once');
disp(once)
disp(regexprep('hello world', '(\w)(\w*)', '$2$1ay'))
disp(regexprep('aaa', 'a', 'bb', 'once'))
disp(regexprep('Case CASE case', 'case', 'X', 'ignorecase'))
idx = regexp({'cat', 'dog', 'cow'}, '^c');
disp(cellfun(@isempty, idx))
