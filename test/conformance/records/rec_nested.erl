#!/usr/bin/env escript
-module(rec_nested).
-export([main/1]).
-mode(compile).
%% Exercises: nested records and nested update

-record(inner, {v = 0}).
-record(outer, {in = #inner{}, tag}).
id(X) -> X.
main(_) ->
    O = id(#outer{tag = t}),
    io:format("~p~n", [O]),
    O2 = O#outer{in = (O#outer.in)#inner{v = 99}},
    io:format("~p~n", [O2]),
    io:format("~p~n", [(O2#outer.in)#inner.v]),
    io:format("~p~n", [O2#outer.in#inner.v]).
