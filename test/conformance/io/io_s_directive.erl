#!/usr/bin/env escript
-module(io_s_directive).
-export([main/1]).
-mode(compile).
%% Exercises: ~s with iolists, binaries, atoms and unicode

main(_) ->
    io:format("~s~n", [[<<"bin">>, "list", [$c, [$d]]]]),
    io:format("~s~n", [atom_value]),
    io:format("~ts~n", [[955, 946]]),
    io:format("~ts~n", [<<"é"/utf8>>]),
    io:format("~s~n", [<<"é"/utf8>>]),
    io:format("[~-6s][~6s]~n", [ab, <<"cd">>]).
