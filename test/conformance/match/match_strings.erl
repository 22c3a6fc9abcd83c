#!/usr/bin/env escript
-module(match_strings).
-export([main/1]).
-mode(compile).
%% Exercises: string prefix patterns and char lists

p("GET " ++ Path) -> {get, Path};
p("POST " ++ Path) -> {post, Path};
p([C | _]) when C >= $0, C =< $9 -> digit;
p(_) -> unknown.
main(_) ->
    io:format("~p~n", [[p(S) || S <- ["GET /", "POST /x", "9abc", "PUT", "", "GET"]]]),
    [$a, $b | Rest] = "abcdef",
    io:format("~p~n", [Rest]).
