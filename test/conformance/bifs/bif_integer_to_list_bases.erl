#!/usr/bin/env escript
-module(bif_integer_to_list_bases).
-export([main/1]).
-mode(compile).
%% Exercises: integer_to_list/2 and list_to_integer/2 over all bases for a few numbers

main(_) ->
    [io:format("~p ~s ~s~n", [B, integer_to_list(123456789, B), integer_to_list(-255, B)]) || B <- lists:seq(2, 36)].
