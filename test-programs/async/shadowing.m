% Rule 11: a variable named await, async or spawn keeps its MATLAB meaning.
await = [10 20 30 40];
disp(await(4))
async = 'not a keyword';
disp(async)
spawn = @(x) x * 2;
disp(spawn(21))
