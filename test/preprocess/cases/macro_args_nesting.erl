-module(macro_args_nesting).
-define(F(A, B), {A, B}).
a() -> ?F((1, 2), 3).
b() -> ?F({1, 2}, [3, 4]).
c() -> ?F(<<1, 2>>, <<"x">>).
d() -> ?F(begin 1, 2 end, 3).
e() -> ?F(case x of a -> 1; b -> 2 end, 3).
f() -> ?F(fun(X, Y) -> X end, 3).
g() -> ?F(fun F(X, Y) -> F end, 3).
h() -> ?F(fun erlang:max/2, 3).
i() -> ?F(receive a -> b after 1 -> c end, 3).
j() -> ?F(try a catch b -> c end, 3).
k() -> ?F(if true -> 1 end, 2).
l() -> ?F(?F(1, 2), ?F(3, 4)).
m() -> ?F(#{a => 1, b => 2}, #r{a = 1, b = 2}).
n() -> ?F([X || X <- [1, 2], X > 1], 3).
o() -> ?F(maybe 1, 2 end, 3).
p() -> ?F(cond, 3).
