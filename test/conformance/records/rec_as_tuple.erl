#!/usr/bin/env escript
-module(rec_as_tuple).
-export([main/1]).
-mode(compile).
%% Exercises: records are tuples: element, setelement, tuple_size

-record(t, {a = 1, b = 2}).
id(X) -> X.
main(_) ->
    R = id(#t{}),
    io:format("~p~n", [[element(1, R), element(2, R), tuple_size(R)]]),
    io:format("~p~n", [setelement(#t.b, R, changed)]),
    io:format("~p~n", [R =:= {t, 1, 2}]),
    io:format("~p~n", [(id({t, x, y}))#t.b]).
