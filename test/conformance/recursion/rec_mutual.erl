#!/usr/bin/env escript
-module(rec_mutual).
-export([main/1]).
-mode(compile).
%% Exercises: mutual recursion even/odd and ping-pong

is_even(0) -> true;
is_even(N) -> is_odd(N - 1).
is_odd(0) -> false;
is_odd(N) -> is_even(N - 1).
main(_) ->
    io:format("~p~n", [[is_even(1000000), is_odd(777777), is_even(3)]]).
