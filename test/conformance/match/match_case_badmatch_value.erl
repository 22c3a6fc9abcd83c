#!/usr/bin/env escript
-module(match_case_badmatch_value).
-export([main/1]).
-mode(compile).
%% Exercises: badmatch with large structured values

id(X) -> X.
main(_) ->
    V = id({lists:seq(1, 30), #{a => 1}, <<"bin">>}),
    try {[], _, _} = V catch error:{badmatch, B} -> io:format("~p~n", [B =:= V]) end,
    try ok = id(not_ok) catch error:R -> io:format("~p~n", [R]) end.
