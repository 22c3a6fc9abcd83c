#!/usr/bin/env escript
-module(ets_fun2ms_runtime).
-export([main/1]).
-mode(compile).
%% Exercises: ets:fun2ms/1 without the parse transform (no ms_transform.hrl): called at
%% run time with a real fun it exits with OTP's badarg explanation; a non-fun is a
%% function_clause.

id(X) -> X.

main(_) ->
    F = fun(X) -> X end,
    io:format("~p~n", [catch ets:fun2ms(F)]),
    try ets:fun2ms(id(not_a_fun)) of
        V -> io:format("~p~n", [V])
    catch error:R:S -> io:format("~p ~p~n", [R, element(1, hd(S))])
    end.
