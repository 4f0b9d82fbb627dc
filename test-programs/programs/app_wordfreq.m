% word frequencies with containers.Map, regexp and sort
text = ['It was the best of times, it was the worst of times, it was the age of ' ...
        'wisdom, it was the age of foolishness'];
words = lower(regexp(text, '[A-Za-z]+', 'match'));
freq = containers.Map();
for i = 1:numel(words)
  w = words{i};
  if freq.isKey(w)
    freq(w) = freq(w) + 1;
  else
    freq(w) = 1;
  end
end
ks = freq.keys();
vs = cell2mat(freq.values());
[vs, idx] = sort(vs, 'descend');
ks = ks(idx);
for i = 1:5
  fprintf('%-8s %d\n', ks{i}, vs(i));
end
fprintf('%d distinct words, %d total\n', freq.Count, numel(words));
lens = cellfun(@length, words);
fprintf('longest: %s\n', words{find(lens == max(lens), 1)});
