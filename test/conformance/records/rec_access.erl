#!/usr/bin/env escript
-module(rec_access).
-export([main/1]).
-mode(compile).
%% Exercises: field access and record index

-record(pt, {x = 1, y = 2, z = 3}).
id(X) -> X.
main(_) ->
    P = id(#pt{y = 20}),
    io:format("~p~n", [{P#pt.x, P#pt.y, P#pt.z}]),
    io:format("~p~n", [{#pt.x, #pt.y, #pt.z}]).
