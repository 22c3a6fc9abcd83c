#!/usr/bin/env escript
-module(funs_zero_arity).
-export([main/1]).
-mode(compile).
%% Exercises: zero-arity funs and thunks, lazy evaluation

id(X) -> X.
lazy_seq(N) -> fun() -> {N, lazy_seq(N + 1)} end.
take(0, _) -> [];
take(N, S) -> {V, Next} = S(), [V | take(N - 1, Next)].
main(_) ->
    io:format("~p~n", [take(10, lazy_seq(id(5)))]),
    T = fun() -> io:format("forced~n"), 42 end,
    io:format("before~n"),
    io:format("~p~n", [T()]).
