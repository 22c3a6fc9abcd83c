-module(ms_two_params).
-export([main/0]).
-compile({parse_transform, ms_transform}).
f(X) -> X.
main() ->
    F = fun(X) -> X end,
    io:format("~p~n", [ets:fun2ms(fun(A, B) -> {A, B} end)]),
    {F, f(1)}.
