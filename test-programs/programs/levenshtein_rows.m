% Levenshtein distance over two rows, the way public MATLAB code writes it: end and growth on
% rows that start as ranges or scalars, in functions compiled for char and double arguments.
pairs = {'kitten', 'sitting'; 'rosettacode', 'raisethysword'; '', 'abc'; 'flaw', 'lawn'};
for k = 1:size(pairs, 1)
  fprintf('%s -> %s: %d %d\n', pairs{k, 1}, pairs{k, 2}, ...
    lev_rows(pairs{k, 1}, pairs{k, 2}), lev_grow(pairs{k, 1}, pairs{k, 2}));
end
fprintf('%d\n', lev_rows(1:5, [1 3 5]));

function d = lev_rows(s, t)
  previous_row = 0:numel(t);
  for i = 1:numel(s)
    current_row = zeros(1, numel(t) + 1);
    current_row(1) = i;
    for j = 1:numel(t)
      cost = s(i) ~= t(j);
      current_row(j + 1) = min([previous_row(j + 1) + 1, current_row(j) + 1, previous_row(j) + cost]);
    end
    previous_row = current_row;
  end
  d = previous_row(end);
end

function d = lev_grow(s, t)
  previous_row = 0:length(t);
  for i = 1:length(s)
    current_row = i;
    for j = 1:length(t)
      current_row(end + 1) = min([previous_row(j + 1) + 1, current_row(end) + 1, ...
        previous_row(j) + (s(i) ~= t(j))]);
    end
    previous_row = current_row;
  end
  d = previous_row(end);
end
