#!/usr/bin/env escript
-module(bin_dynamic_sizes).
-export([main/1]).
-mode(compile).
%% Exercises: sizes from variables and earlier segments

id(X) -> X.
parse(<<N:8, Name:N/binary, Age:8, Rest/binary>>) -> [{Name, Age} | parse(Rest)];
parse(<<>>) -> [].
main(_) ->
    B = id(<<3, "ann", 30, 5, "bobby", 41>>),
    io:format("~p~n", [parse(B)]),
    S = id(12),
    <<X:S, Y/bits>> = id(<<255, 255>>),
    io:format("~p~n", [{X, Y}]),
    io:format("~p~n", [<<(id(7)):(S div 2)>>]).
