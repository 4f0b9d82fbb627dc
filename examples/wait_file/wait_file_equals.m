async function v = wait_file_equals(path, expected, interval_ms)
% Polls a text file until its content equals expected (the seed proposal's section 15).
  while true
    v = await(read_text_async(path));
    if v == expected
      return v;
    end
    await(sleep_ms(interval_ms));
  end
end
