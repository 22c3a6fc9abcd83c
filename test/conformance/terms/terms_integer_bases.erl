#!/usr/bin/env escript
-module(terms_integer_bases).
-export([main/1]).
-mode(compile).
%% Exercises: base#digits literals and integer_to_list/2 round trips

main(_) ->
    L = [2#0, 2#1111111111111111111111111111111111111111111111111111111111111111, 3#210,
         7#66, 16#DeadBeef, 16#deadbeefcafebabe1234, 36#Erlang, 36#ZZZZZZZZZZZZZZZ],
    io:format("~p~n", [L]),
    [io:format("~s ~s ~s~n", [integer_to_list(X, 2), integer_to_list(X, 16), integer_to_list(X, 36)])
     || X <- L],
    io:format("~p~n", [[list_to_integer(integer_to_list(X, B), B) =:= X || X <- L, B <- [2, 7, 36]]]).
