#!/usr/bin/env escript
-module(exc_try_in_loop).
-export([main/1]).
-mode(compile).
%% Exercises: try/catch inside recursion accumulates results

id(X) -> X.
safe_div(A, B) -> try A div B catch error:badarith -> inf end.
loop([], Acc) -> lists:reverse(Acc);
loop([{A, B} | T], Acc) -> loop(T, [safe_div(id(A), id(B)) | Acc]).
main(_) ->
    io:format("~p~n", [loop([{10, 2}, {1, 0}, {7, -2}, {0, 0}, {a, 1}] -- [{a, 1}], [])]),
    io:format("~p~n", [length([try throw(I) catch throw:X -> X end || I <- lists:seq(1, 10000)])]).
