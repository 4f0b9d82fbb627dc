% inventory report: struct arrays, sorting, formatted tables
items = struct('name', {'bolt', 'nut', 'washer', 'gear', 'spring'}, ...
               'qty', {120, 15, 300, 4, 42}, 'price', {0.25, 0.10, 0.05, 12.50, 1.75});
values = [items.qty] .* [items.price];
[~, order] = sort(values, 'descend');
fprintf('%-8s %5s %8s %9s\n', 'item', 'qty', 'price', 'value');
for k = order
  it = items(k);
  fprintf('%-8s %5d %8.2f %9.2f\n', it.name, it.qty, it.price, values(k));
end
fprintf('total value: %.2f\n', sum(values));
low = items([items.qty] < 20);
fprintf('reorder: %s\n', strjoin({low.name}, ', '));
restock = arrayfun(@(s) max(0, 50 - s.qty), items);
disp(restock)
summary = struct('count', numel(items), 'mean_qty', mean([items.qty]));
disp(summary)
