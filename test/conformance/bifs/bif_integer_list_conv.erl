#!/usr/bin/env escript
-module(bif_integer_list_conv).
-export([main/1]).
-mode(compile).
%% Exercises: integer_to_list/1,2, list_to_integer/1,2 and errors

id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    io:format("~p~n", [[integer_to_list(id(0)), integer_to_list(id(-123)), integer_to_list(id(1 bsl 70))]]),
    io:format("~p~n", [[integer_to_list(id(255), 16), integer_to_list(id(-255), 2), integer_to_list(id(35), 36)]]),
    io:format("~p~n", [[list_to_integer(id("-0042")), list_to_integer(id("ff"), 16), list_to_integer(id("Zz"), 36), list_to_integer(id("+7"))]]),
    io:format("~p~n", [[t(fun() -> list_to_integer(id("")) end), t(fun() -> list_to_integer(id("12 ")) end),
                        t(fun() -> list_to_integer(id("9"), 8) end), t(fun() -> integer_to_list(id(10), 37) end),
                        t(fun() -> list_to_integer(id("1.0")) end)]]).
