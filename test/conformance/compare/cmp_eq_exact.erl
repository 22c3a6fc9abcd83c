#!/usr/bin/env escript
-module(cmp_eq_exact).
-export([main/1]).
-mode(compile).
%% Exercises: == versus =:= and /= versus =/= across numbers

main(_) ->
    V = [0, 0.0, -0.0, 1, 1.0, 1 bsl 60, float(1 bsl 60), 9007199254740993, 9007199254740992.0],
    [io:format("~p ~p: ~w ~w ~w ~w~n", [A, B, A == B, A =:= B, A /= B, A =/= B]) || A <- V, B <- V].
