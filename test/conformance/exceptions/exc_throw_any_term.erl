#!/usr/bin/env escript
-module(exc_throw_any_term).
-export([main/1]).
-mode(compile).
%% Exercises: throw of any term type

id(X) -> X.
main(_) ->
    [io:format("~p~n", [try throw(id(T)) catch throw:R -> R end]) || T <- [1, 2.5, a, "str", <<"bin">>, {t}, [l], #{m => 1}, fun lists:map/2]].
