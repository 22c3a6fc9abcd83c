#!/usr/bin/env escript
-module(maps_get_badkey_stack).
-export([main/1]).
-mode(compile).
%% Exercises: badkey from maps:get stack entry

id(X) -> X.
main(_) ->
    try maps:get(k, id(#{})) catch error:R:S -> io:format("~p ~p~n", [R, hd(S)]) end,
    try map_get(k, id(#{a => 1})) catch error:R2:S2 -> io:format("~p ~p~n", [R2, hd(S2)]) end,
    try map_get(k, id(nomap)) catch error:R3:S3 -> io:format("~p ~p~n", [R3, hd(S3)]) end.
