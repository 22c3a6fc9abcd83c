#!/usr/bin/env escript
-module(rec_update_badrecord_stack).
-export([main/1]).
-mode(compile).
%% Exercises: badrecord stack entry from a named function

-record(r, {f}).
id(X) -> X.
upd(R) -> R#r{f = new}.
main(_) ->
    try upd(id({q, 1})) catch error:Reason:S -> io:format("~p ~p~n", [Reason, hd(S)]) end.
