#!/usr/bin/env escript
-module(bin_term_sizes_in_guards).
-export([main/1]).
-mode(compile).
%% Exercises: byte_size/bit_size in guards and binary comparison

id(X) -> X.
k(B) when byte_size(B) > 3 -> long;
k(B) when bit_size(B) rem 8 =/= 0 -> partial;
k(B) when B < <<2>> -> small;
k(_) -> other.
main(_) ->
    io:format("~p~n", [[k(id(B)) || B <- [<<"abcd">>, <<1:3>>, <<1, 200>>, <<3>>, <<>>]]]).
