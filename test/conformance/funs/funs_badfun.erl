#!/usr/bin/env escript
-module(funs_badfun).
-export([main/1]).
-mode(compile).
%% Exercises: calling a non-fun raises {badfun, Value}

id(X) -> X.
main(_) ->
    [io:format("~p~n", [try (id(V))() catch C:R -> {C, R} end]) || V <- [a, 1, {x}, [], <<>>, "f"]],
    try (id(not_a_fun))(1, 2) catch error:R:S -> io:format("~p ~p~n", [R, hd(S)]) end.
