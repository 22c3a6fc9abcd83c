-module('035-named-funs').
f() ->
    Fact = fun F(0) -> 1; F(N) -> N * F(N - 1) end,
    Fib = fun Fib(0) -> 0; Fib(1) -> 1; Fib(N) when N > 1 -> Fib(N - 1) + Fib(N - 2) end,
    Loop = fun L() -> receive stop -> ok; _ -> L() end end,
    {Fact, Fib, Loop}.
