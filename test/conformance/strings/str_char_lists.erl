#!/usr/bin/env escript
-module(str_char_lists).
-export([main/1]).
-mode(compile).
%% Exercises: manual char list processing: words, capitalise, count vowels

words(S) -> string:lexemes(S, " ").
cap([C | T]) when C >= $a, C =< $z -> [C - 32 | T];
cap(W) -> W.
vowels(S) -> length([C || C <- S, lists:member(C, "aeiou")]).
main(_) ->
    S = "the quick brown fox jumps over the lazy dog",
    io:format("~p~n", [words(S)]),
    io:format("~s~n", [lists:join(" ", [cap(W) || W <- words(S)])]),
    io:format("~p~n", [vowels(S)]),
    io:format("~p~n", [lists:usort(S) -- " "]).
