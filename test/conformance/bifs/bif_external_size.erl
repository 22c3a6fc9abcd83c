#!/usr/bin/env escript
-module(bif_external_size).
-export([main/1]).
-mode(compile).
%% Exercises: erlang:external_size agrees with byte_size(term_to_binary)

main(_) ->
    L = [a, 1, 1.5, "abc", {1, 2}, #{a => 1}, <<1, 2, 3>>, 1 bsl 100],
    io:format("~p~n", [[{erlang:external_size(T), byte_size(term_to_binary(T))} || T <- L]]).
