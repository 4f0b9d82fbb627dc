async function n = spawn_join(n)
  tasks = cell(1, n);
  for k = 1:n
    tasks{k} = spawn(async @() k);
  end
  await(join(tasks));
end
