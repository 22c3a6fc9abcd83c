#!/usr/bin/env escript
-module(bif_bitwise_bifs).
-export([main/1]).
-mode(compile).
%% Exercises: integer BIFs: bsl via erlang:'bsl', erlang:'band' as functions

main(_) ->
    io:format("~p~n", [[erlang:'bsl'(1, 10), erlang:'band'(12, 10), erlang:'bor'(12, 10), erlang:'bxor'(12, 10), erlang:'bnot'(5)]]),
    io:format("~p~n", [[erlang:'div'(7, 2), erlang:'rem'(7, 2), erlang:'-'(3), erlang:'+'(1, 2.0), erlang:'/'(1, 4)]]),
    io:format("~p~n", [[erlang:'=='(1, 1.0), erlang:'=:='(1, 1.0), erlang:'<'(a, 1), erlang:'>='(2, 2)]]).
