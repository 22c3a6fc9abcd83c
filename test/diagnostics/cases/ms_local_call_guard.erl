-module(ms_local_call_guard).
-export([main/0]).
-compile({parse_transform, ms_transform}).
f(X) -> X.
main() ->
    F = fun(X) -> X end,
    io:format("~p~n", [ets:fun2ms(fun({A}) when f(A) -> A end)]),
    {F, f(1)}.
