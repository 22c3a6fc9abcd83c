#!/usr/bin/env escript
-module(exc_apply_badarg).
-export([main/1, f/1]).
-mode(compile).
%% Exercises: apply/3 and apply/2 with an argument list that is not a proper
%% list: badarg blamed on erlang:apply itself (with its arguments and error_info).

id(X) -> X.

f(X) -> X.

main(_) ->
    try apply(id(?MODULE), id(f), id(not_a_list)) catch error:R1:S1 -> io:format("~p~n", [{R1, hd(S1)}]) end,
    try erlang:apply(id(?MODULE), id(f), id([a | b])) catch error:R2:S2 -> io:format("~p~n", [{R2, hd(S2)}]) end,
    try apply(id(fun ?MODULE:f/1), id(x))
    catch error:R3:S3 ->
            [{M, F, [Fun, A], Info} | _] = S3,
            io:format("~p~n", [{R3, M, F, is_function(Fun), A, Info}])
    end,
    {'EXIT', {badarg, [Top | _]}} = (catch apply(id(?MODULE), id(f), id([1 | 2]))),
    io:format("~p~n", [Top]).
