% classic small algorithms
disp(bubble([5 3 8 1 9 2]))
disp(bsearch([1 3 5 7 9 11], 7))
disp(bsearch([1 3 5 7 9 11], 4))
disp(rle('aaabccdddd'))
disp(caesar('Hello, World', 3))
disp(caesar(caesar('Round Trip', 5), -5))
disp(roman(1994))
disp(roman(2024))
disp(sieve(30))
disp(gcd_rec(1071, 462))
disp(rot90([1 2; 3 4]))
disp(is_palindrome('A man, a plan, a canal: Panama'))
disp(collatz_len(27))
function v = bubble(v)
  n = numel(v);
  for i = 1:n-1
    for j = 1:n-i
      if v(j) > v(j+1)
        v([j j+1]) = v([j+1 j]);
      end
    end
  end
end
function idx = bsearch(v, x)
  lo = 1; hi = numel(v); idx = -1;
  while lo <= hi
    mid = floor((lo + hi) / 2);
    if v(mid) == x
      idx = mid; return;
    elseif v(mid) < x
      lo = mid + 1;
    else
      hi = mid - 1;
    end
  end
end
function out = rle(s)
  out = '';
  i = 1;
  while i <= length(s)
    j = i;
    while j < length(s) && s(j+1) == s(i)
      j = j + 1;
    end
    out = [out sprintf('%c%d', s(i), j - i + 1)];
    i = j + 1;
  end
end
function out = caesar(s, k)
  out = s;
  up = s >= 'A' & s <= 'Z';
  lo = s >= 'a' & s <= 'z';
  out(up) = char(mod(s(up) - 'A' + k, 26) + 'A');
  out(lo) = char(mod(s(lo) - 'a' + k, 26) + 'a');
end
function r = roman(n)
  vals = [1000 900 500 400 100 90 50 40 10 9 5 4 1];
  syms = {'M', 'CM', 'D', 'CD', 'C', 'XC', 'L', 'XL', 'X', 'IX', 'V', 'IV', 'I'};
  r = '';
  for i = 1:numel(vals)
    while n >= vals(i)
      r = [r syms{i}];
      n = n - vals(i);
    end
  end
end
function p = sieve(n)
  is = true(1, n);
  is(1) = false;
  for i = 2:floor(sqrt(n))
    if is(i)
      is(i*i:i:n) = false;
    end
  end
  p = find(is);
end
function g = gcd_rec(a, b)
  if b == 0
    g = a;
  else
    g = gcd_rec(b, mod(a, b));
  end
end
function tf = is_palindrome(s)
  s = lower(s(isletter(s)));
  tf = strcmp(s, fliplr(s));
end
function n = collatz_len(x)
  n = 1;
  while x ~= 1
    if mod(x, 2) == 0
      x = x / 2;
    else
      x = 3 * x + 1;
    end
    n = n + 1;
  end
end
