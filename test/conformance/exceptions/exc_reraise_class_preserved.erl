#!/usr/bin/env escript
-module(exc_reraise_class_preserved).
-export([main/1]).
-mode(compile).
%% Exercises: catching with C:R:S and re-raising keeps class

id(X) -> X.
wrap(F) -> try F() catch C:R:S -> erlang:raise(C, R, S) end.
main(_) ->
    [io:format("~p~n", [try wrap(F) catch C:R -> {C, R} end])
     || F <- [fun() -> throw(id(t)) end, fun() -> error(id(e)) end, fun() -> exit(id(x)) end]].
