% A writer task changes a file a few times; a waiter polls it until it says "ready".
% Run: ./mjc run --virtual-time examples/wait_file/main.m
path = [tempname '.txt'];
await(write_text_async(path, "starting"));

writer = spawn(async @() do
  steps = ["loading", "checking", "ready"];
  for k = 1:numel(steps)
    await(sleep_ms(120));
    await(write_text_async(path, steps(k)));
    fprintf('writer: wrote "%s" at %d ms\n', steps(k), 120 * k);
  end
end);

fprintf('waiting for the file to say "ready"\n');
v = await(with_timeout_ms(2000, wait_file_equals(path, "ready", 50)));
fprintf('waiter: got "%s"\n', v);
await(writer);
delete(path);
