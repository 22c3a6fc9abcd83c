#!/usr/bin/env escript
-module(bif_iolist).
-export([main/1]).
-mode(compile).
%% Exercises: iolist_size, iolist_to_binary, erlang:iolist_to_iovec

id(X) -> X.
main(_) ->
    IO = id([<<"ab">>, $c, ["de", [<<"f">>]], [] | <<"g">>]),
    io:format("~p~n", [[iolist_size(IO), iolist_to_binary(IO)]]),
    io:format("~p~n", [iolist_to_binary(id(<<"bin">>))]),
    io:format("~p~n", [try iolist_size(id([1 | a])) catch error:R -> R end]),
    io:format("~p~n", [try iolist_to_binary(id([a])) catch error:R2 -> R2 end]).
