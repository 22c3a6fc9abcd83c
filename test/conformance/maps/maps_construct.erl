#!/usr/bin/env escript
-module(maps_construct).
-export([main/1]).
-mode(compile).
%% Exercises: map construction, duplicate keys, key order in printing

id(X) -> X.
main(_) ->
    io:format("~p~n", [#{id(k) => 1, id(k) => 2}]),
    io:format("~p~n", [#{3 => c, 1 => a, 2 => b}]),
    io:format("~p~n", [#{b => 1, 1 => x, "s" => y, {t} => z, [l] => w, 2.0 => f, <<"b">> => q}]),
    io:format("~w~n", [#{z => 1, a => 2, m => 3}]).
