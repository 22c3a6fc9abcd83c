#!/usr/bin/env escript
-module(rec_body_map_1m).
-export([main/1]).
-mode(compile).
%% Exercises: body-recursive map over 1,000,000 elements

mymap(_, []) -> [];
mymap(F, [H | T]) -> [F(H) | mymap(F, T)].
main(_) ->
    L = mymap(fun(X) -> X * 2 end, lists:seq(1, 1000000)),
    io:format("~p~n", [lists:sum(L)]),
    io:format("~p~n", [length(L)]).
