#!/usr/bin/env escript
-module(cmp_binaries).
-export([main/1]).
-mode(compile).
%% Exercises: binaries and bitstrings compare bytewise, then by size

main(_) ->
    L = [<<2>>, <<1, 2>>, <<1>>, <<>>, <<1:1>>, <<0:1>>, <<1, 0:1>>, <<"abc">>, <<"ab">>, <<255>>, <<1:7>>],
    io:format("~p~n", [lists:sort(L)]),
    io:format("~w~n", [[<<1>> < <<1, 0>>, <<2>> > <<1, 255>>, <<>> < <<0:1>>]]).
