#!/usr/bin/env escript
-module(exc_lc_effect_stack).
-export([main/1]).
-mode(compile).
%% Exercises: a list comprehension whose value is discarded is a loop (one frame however
%% many elements came before), and one whose value is used keeps a frame per element

id(X) -> X.

check(3) -> erlang:error(three);
check(X) -> X.

names(Stack) -> [{F, A} || {M, F, A, _} <- Stack, M =:= ?MODULE, F =/= main].

effect() ->
    [check(X) || X <- id([1, 2, 3])],
    ok.

value() ->
    L = [check(X) || X <- id([1, 2, 3])],
    {ok, L}.

effect_with_filter() ->
    [check(X) || X <- id([1, 2, 3, 4]), X > 1],
    ok.

main(_) ->
    [begin
         R = try F() catch error:E:S -> {E, names(S)} end,
         io:format("~p~n", [R])
     end || F <- [fun effect/0, fun value/0, fun effect_with_filter/0]],
    io:format("~p~n", [[id(X) || X <- [a, b]]]),
    ok.
