#!/usr/bin/env escript
-module(terms_deep_nesting).
-export([main/1]).
-mode(compile).
%% Exercises: deeply nested terms printed with ~w and ~p

nest(0, Acc) -> Acc;
nest(N, Acc) -> nest(N - 1, {N, [Acc]}).
main(_) ->
    io:format("~w~n", [nest(30, leaf)]),
    io:format("~p~n", [nest(12, leaf)]),
    io:format("~p~n", [lists:foldl(fun(X, A) -> [X, A] end, [], lists:seq(1, 25))]).
