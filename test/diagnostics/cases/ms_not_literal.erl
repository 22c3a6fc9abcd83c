-module(ms_not_literal).
-export([main/0]).
-compile({parse_transform, ms_transform}).
f(X) -> X.
main() ->
    F = fun(X) -> X end,
    io:format("~p~n", [ets:fun2ms(F)]),
    {F, f(1)}.
