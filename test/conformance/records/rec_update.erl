#!/usr/bin/env escript
-module(rec_update).
-export([main/1]).
-mode(compile).
%% Exercises: record update creates a new record

-record(cfg, {a = 1, b = 2, c = 3}).
id(X) -> X.
main(_) ->
    C0 = id(#cfg{}),
    C1 = C0#cfg{b = 20},
    C2 = C1#cfg{a = 10, c = 30},
    io:format("~p~n~p~n~p~n", [C0, C1, C2]).
