#!/usr/bin/env escript
-module(maps_get_find).
-export([main/1]).
-mode(compile).
%% Exercises: maps:get/2,3 and maps:find, badkey/badmap

id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    M = id(#{a => 1, "b" => 2}),
    io:format("~p~n", [[maps:get(a, M), maps:get("b", M), maps:get(c, M, default)]]),
    io:format("~p~n", [[maps:find(a, M), maps:find(z, M)]]),
    io:format("~p~n", [t(fun() -> maps:get(z, M) end)]),
    io:format("~p~n", [t(fun() -> maps:get(a, id(x)) end)]),
    io:format("~p~n", [t(fun() -> maps:find(a, id([])) end)]).
