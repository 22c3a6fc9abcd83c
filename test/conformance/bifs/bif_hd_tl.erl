#!/usr/bin/env escript
-module(bif_hd_tl).
-export([main/1]).
-mode(compile).
%% Exercises: hd/tl on various lists

id(X) -> X.
main(_) ->
    io:format("~p~n", [[hd(id([1, 2])), tl(id([1, 2])), hd(id("s")), tl(id([a | b]))]]),
    try hd(id(x)) catch error:R:S -> io:format("~p ~p~n", [R, hd(S)]) end.
