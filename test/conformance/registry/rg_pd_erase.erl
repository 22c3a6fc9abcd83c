#!/usr/bin/env escript
-module(rg_pd_erase).
-export([main/1]).
-mode(compile).
%% Exercises: erase/1 returns the value (undefined if absent), erase/0 returns the whole dictionary

main(_) ->
    io:format("erase missing ~p~n", [erase(nope)]),
    io:format("erase/0 empty ~p~n", [erase()]),
    put(x, 10),
    put(y, 20),
    put(z, 30),
    io:format("erase x ~p~n", [erase(x)]),
    io:format("erase x again ~p~n", [erase(x)]),
    io:format("get x ~p~n", [get(x)]),
    io:format("keys ~p~n", [lists:sort(get_keys())]),
    All = erase(),
    io:format("erase/0 ~p~n", [lists:sort(All)]),
    io:format("after ~p ~p~n", [get(), get_keys()]),
    %% erase then put again
    put(k, v1),
    erase(k),
    io:format("put after erase ~p~n", [put(k, v2)]),
    io:format("~p~n", [get(k)]),
    %% erase inside a loop over keys
    [put({n, I}, I * I) || I <- lists:seq(1, 5)],
    Sum = lists:sum([erase({n, I}) || I <- lists:seq(1, 5)]),
    io:format("sum ~p~n", [Sum]),
    io:format("left ~p~n", [get()]).
