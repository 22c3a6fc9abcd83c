#!/usr/bin/env escript
-module(rec_guard_field).
-export([main/1]).
-mode(compile).
%% Exercises: record field access in guards

-record(acc, {balance = 0}).
id(X) -> X.
w(A, N) when A#acc.balance >= N -> {ok, A#acc{balance = A#acc.balance - N}};
w(_, _) -> insufficient.
main(_) ->
    io:format("~p~n", [[w(id(#acc{balance = 100}), N) || N <- [50, 100, 150]]]),
    io:format("~p~n", [w(id({other, 5}), 1)]).
