% Fan out 100 fetches to the demo server at once, join them, and summarise.
% Start the server first: ./mjc demo-server &   (answers /item/N after 100 ms)
base = getenv('MJC_DEMO_URL');
if isempty(base)
  base = 'http://127.0.0.1:8765';
end
wait_for_server(base);

n = 100;
tic;
tasks = cell(1, n);
for k = 1:n
  tasks{k} = fetch(sprintf('%s/item/%d', base, k));
end
items = await(join(tasks));
elapsed = toc;

prices = cellfun(@(it) it.price, items);
fprintf('fetched %d items, ids %d..%d\n', numel(items), items{1}.id, items{end}.id);
fprintf('total price %.2f, most expensive: %s\n', sum(prices), items{prices == max(prices)}.name);
fprintf('concurrent: %d (100 requests of 100 ms each took well under 10 s)\n', elapsed < 5);

% a slow request bounded by a timeout: the request itself is cancelled
try
  await(with_timeout_ms(200, fetch([base '/slow?ms=3000'])));
catch err
  fprintf('slow request: %s\n', err.identifier);
end

function wait_for_server(base)
  for attempt = 1:50
    try
      webread([base '/text']);
      return;
    catch
      pause(0.2);
    end
  end
  error('fanout:noServer', 'No demo server at %s: start it with ./mjc demo-server', base);
end
