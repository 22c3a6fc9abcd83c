#!/usr/bin/env escript
-module(funs_closure_env_mutation).
-export([main/1]).
-mode(compile).
%% Exercises: each closure gets its own binding; shadowing in funs

id(X) -> X.
main(_) ->
    X = id(1),
    F = fun() -> X end,
    G = fun(X1) -> X1 + X end,
    io:format("~p~n", [[F(), G(10)]]),
    Counter = fun C(0, Acc) -> Acc; C(N, Acc) -> C(N - 1, [N | Acc]) end,
    io:format("~p~n", [Counter(5, [])]).
