#!/usr/bin/env escript
-module(exc_stacktrace_error_args).
-export([main/1]).
-mode(compile).
%% Exercises: error/2 puts the arguments in the top stack entry

id(X) -> X.
f(A, B) -> error(my_reason, [A, B]).
g(_X) -> erlang:error(other, none).
main(_) ->
    try f(id(1), id("two")) catch error:R:S -> io:format("~p ~p~n", [R, hd(S)]) end,
    try g(id(x)) catch error:R2:S2 -> io:format("~p ~p~n", [R2, hd(S2)]) end.
