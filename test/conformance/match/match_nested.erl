#!/usr/bin/env escript
-module(match_nested).
-export([main/1]).
-mode(compile).
%% Exercises: deeply nested patterns

id(X) -> X.
main(_) ->
    {a, [{b, [C | _]}, {d, #{e := E}}], <<F:8, _/binary>>} = id({a, [{b, [1, 2]}, {d, #{e => "e"}}], <<9, 8>>}),
    io:format("~p~n", [{C, E, F}]),
    [[[Deep]]] = id([[[deep]]]),
    io:format("~p~n", [Deep]).
