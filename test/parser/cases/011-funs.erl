-module('011-funs').
f() ->
    F1 = fun() -> ok end,
    F2 = fun(X) -> X + 1 end,
    F3 = fun(0) -> zero; (N) when N > 0 -> pos; (_) -> neg end,
    F4 = fun f/0,
    F5 = fun lists:map/2,
    F6 = fun M:F/A,
    F7 = fun erlang:M/2,
    F8 = fun M:foo/Ar,
    F9 = fun Fact(0) -> 1; Fact(N) -> N * Fact(N - 1) end,
    F10 = fun Loop() -> Loop() end,
    F11 = fun 'quoted'/1,
    F12 = fun(X, Y) when X > Y -> X; (_, Y) -> Y end,
    R1 = F2(1),
    R2 = (fun(X) -> X end)(2),
    R3 = fun(X) -> X end(3),
    R4 = (F1)(),
    {F1, F3, F4, F5, F6, F7, F8, F9, F10, F11, F12, R1, R2, R3, R4}.
