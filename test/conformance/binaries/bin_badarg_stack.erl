#!/usr/bin/env escript
-module(bin_badarg_stack).
-export([main/1]).
-mode(compile).
%% Exercises: stack entry of a failing binary construction

id(X) -> X.
mk(X) -> <<X:8>>.
main(_) ->
    try mk(id(atom)) catch error:R:S -> io:format("~p ~p~n", [R, hd(S)]) end.
