-module(ms_reserved_atom).
-export([main/0]).
-compile({parse_transform, ms_transform}).
f(X) -> X.
main() ->
    F = fun(X) -> X end,
    io:format("~p~n", [ets:fun2ms(fun({A, '$1'}) -> A end)]),
    {F, f(1)}.
