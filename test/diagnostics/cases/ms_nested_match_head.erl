-module(ms_nested_match_head).
-export([main/0]).
-compile({parse_transform, ms_transform}).
f(X) -> X.
main() ->
    F = fun(X) -> X end,
    io:format("~p~n", [ets:fun2ms(fun({A, {B} = C}) -> {A, B, C} end)]),
    {F, f(1)}.
