#!/usr/bin/env escript
-module(match_string_binary_patterns).
-export([main/1]).
-mode(compile).
%% Exercises: binary string literal patterns

f(<<"hello ", Name/binary>>) -> {greet, Name};
f(<<"bye">>) -> bye;
f(<<C, _/binary>>) -> {first, C};
f(<<>>) -> empty.
main(_) ->
    io:format("~p~n", [[f(B) || B <- [<<"hello world">>, <<"bye">>, <<"byebye">>, <<>>, <<"hello ">>]]]).
