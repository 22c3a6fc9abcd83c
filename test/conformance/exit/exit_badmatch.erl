#!/usr/bin/env escript
-module(exit_badmatch).
-export([main/1]).
-mode(compile).
%% Exercises: uncaught badmatch in a named function

id(X) -> X.
f(X) -> {ok, V} = X, V.
main(_) ->
    io:format("start~n"),
    f(id({error, nope})).
