% A chain of 10,000 async calls, each awaiting the next, starts inline and resumes through
% the queue without overflowing the Java stack; 100,000 spawned tasks all complete.
v = await(chain(10000));
fprintf('chain result %d\n', v);
w = await(chain_sleep(10000));
fprintf('chain with sleep at the bottom %d\n', w);
tasks = cell(1, 100000);
for k = 1:100000
  tasks{k} = spawn(async @() k);
end
r = await(join(tasks));
fprintf('%d spawned tasks, last value %d\n', numel(r), r{end});

async function r = chain(n)
  if n == 0
    r = 0;
  else
    r = await(chain(n - 1)) + 1;
  end
end

async function r = chain_sleep(n)
  if n == 0
    await(sleep_ms(1));
    r = 0;
  else
    r = await(chain_sleep(n - 1)) + 1;
  end
end
