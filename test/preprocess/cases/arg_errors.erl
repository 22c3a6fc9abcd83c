-module(arg_errors).
-define(F(X), X).
-define(F2(X, Y), {X, Y}).
-define(F3(X, Y, Z), {X, Y, Z}).
a() -> ?F(,).
b() -> ?F2(1,).
c() -> ?F3(1,,2).
d() -> ?F((1, 2).
e() -> ?F(1.
f() -> ?F([1, 2).
g() -> ?F2(fun() -> a, b end, c).
h() -> ?F2(begin a, b end, case x of y -> z, w end).
i() -> ?F2(<<1, 2>>, {3, 4}).
j() -> ?F2(fun Name(X) -> X, Name end, if true -> 1, 2 end).
k() -> ?F2(try a, b catch _ -> c end, receive X -> X, y end).
l() -> ?F2(fun lists:map/2, fun foo/1).
m() -> ?F2([a, b | c], [x || x <- [1, 2]]).
n() -> ?F(a]).
o() -> ?F2(1 ,2 )).
p() -> ?F(fun() -> ok end).
