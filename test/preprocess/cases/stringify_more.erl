-module(stringify_more).
-define(S(X), ??X).
-define(S2(X, Y), {??X, ??Y}).
a() -> ?S(1 + 2 * 3).
b() -> ?S2(foo(Bar), [a|b]).
c() -> ?S(<<1:8/integer-little, "ab"/binary>>).
d() -> ?S(#{a => 1, b := 2}).
e() -> ?S(X#r.f).
f() -> ?S('andalso' andalso 'B' orelse 'b c').
g() -> ?S("\"q\"" '\'' $' $" $\\).
h() -> ?S(16#FF 2#1010 $\x{1F600} 1_000 1.0e-10 0.0).
i() -> ?S(fun() -> ok end).
j() -> ?S(?S(x)).
k() -> ?S(?LINE).
l() -> ?S('' 'hello world' 'Hello' '_x' x@y 'x-y').
m() -> ?S("" [] {} "\x7f\x80\x9f\xa0").
n() -> ?S2(a, ).
o() -> ?S(- 1 -- 2 ++ [3]).
