#!/usr/bin/env escript
-module(terms_unicode).
-export([main/1]).
-mode(compile).
%% Exercises: unicode strings and binaries with ~p ~tp ~s ~ts

main(_) ->
    S = [955, 945, 952],
    io:format("~p~n", [S]),
    io:format("~tp~n", [S]),
    io:format("~ts~n", [S]),
    B = <<"λαθ"/utf8>>,
    io:format("~p~n", [B]),
    io:format("~tp~n", [B]),
    io:format("~ts~n", [B]),
    io:format("~w~n", [B]),
    io:format("~tp~n", [[233, 232]]),
    io:format("~p~n", [[233, 232]]),
    io:format("~tp~n", [{S, 'λ', [1024, 1025]}]),
    io:format("~p~n", [{'λ'}]),
    io:format("~tp~n", [<<"é"/utf8, 255>>]).
