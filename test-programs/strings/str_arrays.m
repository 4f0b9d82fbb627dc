% string scalars and arrays ("..." text)
s = "hello";
t = s + " world";
disp(t)
disp(class(t))
disp(strlength(t))
n = ["a", "bb", "ccc"];
disp(strlength(n))
disp(size(n))
disp(n(2) == "bb")
disp(n == "ccc")
c = char(s);
disp(class(c))
disp(string(42) + "!")
disp(string(3.5))
x = "abc";
x(2) = "def";
disp(numel(x))
disp(upper(x(2)))
disp(strjoin(["x", "y", "z"], "-"))
parts = split("a,b,c", ",");
disp(size(parts))
disp(parts(3))
disp(join(["p", "q"], "+"))
disp(contains("haystack", "st"))
disp(startsWith("haystack", "hay"))
disp(replace("aXbXc", "X", "--"))
disp(strrep("one two", "two", "three"))
disp(isstring(s))
disp(isstring('c'))
disp(ischar(c))
v = string({'p', 'q'});
disp(class(v))
disp(v(2))
fprintf('%s|', n); fprintf('\n');
disp(sprintf("%d items", 3))
disp(num2str(7) + "")
disp(double("5") + 1)
disp(str2double("2.5") * 2)
w = "";
disp(strlength(w))
disp(isempty(w))
e = strings(1, 2);
disp(size(e))
disp(strlength(e))
disp(s == 'hello')
disp(lower("ABC"))
disp(reverse("abc"))
disp(strtrim("  pad  ") + "|")
k = ["b", "a", "c"];
disp(sort(k))
disp(numel(unique(["x", "y", "x"])))
disp(ismember("b", k))
s
