#!/usr/bin/env escript
-module(rx_long_subjects).
-export([main/1]).
-mode(compile).
%% Exercises: long subjects: literal search, greedy scans and global matching stay linear; long captures

main(_) ->
    Big = lists:duplicate(50000, $x) ++ "needle" ++ lists:duplicate(50000, $y),
    r(Big, "needle"),
    r(Big, "ne+dle"),
    r(Big, "x*needle"),
    r(Big, "^x+"),
    r(Big, "y+$"),
    r(Big, "z"),
    r(list_to_binary(Big), "(?:x|y)+n"),
    {match, M} = re:run(Big, "x", [global]),
    io:format("~p~n", [length(M)]),
    {match, W} = re:run(lists:flatten(lists:duplicate(2000, "ab ")), "\\w+", [global, {capture, first, index}]),
    io:format("~p ~p~n", [length(W), lists:last(W)]),
    io:format("~p~n", [length(re:split(lists:flatten(lists:duplicate(3000, "a,")), ","))]),
    io:format("~p~n", [byte_size(iolist_to_binary(re:replace(Big, "y", "zz", [global])))]),
    r(lists:duplicate(20000, $a) ++ "b", "(a|b)*b", [{capture, first, index}]),
    r(lists:duplicate(20000, $a), "(?:a)*$"),
    r(lists:duplicate(20000, $a), "(a)*$", [{capture, all, index}]).

r(S, P) -> r(S, P, []).
r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
