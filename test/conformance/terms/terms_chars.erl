#!/usr/bin/env escript
-module(terms_chars).
-export([main/1]).
-mode(compile).
%% Exercises: character literals

main(_) ->
    L = [$a, $z, $A, $Z, $0, $9, $ , $!, $~, $\n, $\t, $\\, $', $", $$, $%, $é, $\x{3b1}],
    io:format("~w~n", [L]),
    io:format("~p~n", [L -- [$\x{3b1}]]),
    [io:format("~c", [C]) || C <- [$h, $i, $\n]],
    io:format("~c~c~n", [$a, $b]).
