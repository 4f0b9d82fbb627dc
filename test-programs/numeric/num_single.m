s = single(1) / 3
d = double(s)
class(s + 1)
class(s * int8(2))
eps('single')
realmax('single')
x = single([1.5 2.25 1e10])
realmin
flintmax
intmax('int64')
intmin('int64')
uint64(18446744073709551615)
int64(2)^62
