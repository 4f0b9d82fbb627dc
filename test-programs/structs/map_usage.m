% containers.Map as a counter and a lookup table
words = strsplit('the cat and the hat and the bat', ' ');
counts = containers.Map();
for i = 1:numel(words)
  w = words{i};
  if isKey(counts, w)
    counts(w) = counts(w) + 1;
  else
    counts(w) = 1;
  end
end
k = keys(counts);
for i = 1:numel(k)
  fprintf('%s: %d\n', k{i}, counts(k{i}));
end
disp(counts.Count)
disp(length(counts))
ids = containers.Map('KeyType', 'double', 'ValueType', 'any');
ids(3) = 'three';
ids(1) = 'one';
ids(2) = [2 2];
disp(keys(ids))
disp(ids(1))
v = values(ids, {3, 1});
disp(v)
remove(ids, 2);
disp(ids.isKey(2))
m2 = containers.Map({'a', 'b'}, {1, 2});
alias = m2;
alias('c') = 3;
disp(m2.Count)
disp(class(m2))
try
  x = m2('zzz');
catch err
  disp(err.identifier)
end
m3 = containers.Map([10 20], {'ten', 'twenty'});
disp(m3(20))
disp(values(m3))
