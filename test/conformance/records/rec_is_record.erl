#!/usr/bin/env escript
-module(rec_is_record).
-export([main/1]).
-mode(compile).
%% Exercises: is_record/2 and /3 in guards and bodies

-record(x, {a}).
-record(y, {a, b}).
id(X) -> X.
k(R) when is_record(R, x) -> is_x;
k(R) when is_record(R, y, 3) -> is_y;
k(_) -> neither.
main(_) ->
    io:format("~p~n", [[k(id(V)) || V <- [#x{}, #y{}, {x, 1, 2}, {y, 1, 2}, {x}, x]]]),
    io:format("~p~n", [[is_record(id(#x{}), x), is_record(id({x, 1}), x, 2), is_record(id({x, 1}), y, 2)]]).
