#!/usr/bin/env escript
-module(rg_pd_get_keys).
-export([main/1]).
-mode(compile).
%% Exercises: get_keys/0 and get_keys/1 (keys holding a given value, exact comparison)

main(_) ->
    io:format("~p~n", [get_keys()]),
    io:format("~p~n", [get_keys(anything)]),
    put(a, red),
    put(b, green),
    put(c, red),
    put(d, 1),
    put(e, 1.0),
    put(f, [red]),
    io:format("~p~n", [lists:sort(get_keys())]),
    io:format("red ~p~n", [lists:sort(get_keys(red))]),
    io:format("green ~p~n", [get_keys(green)]),
    io:format("1 ~p~n", [get_keys(1)]),
    io:format("1.0 ~p~n", [get_keys(1.0)]),
    io:format("[red] ~p~n", [get_keys([red])]),
    io:format("blue ~p~n", [get_keys(blue)]),
    put(c, blue),
    io:format("red after change ~p~n", [get_keys(red)]),
    io:format("blue ~p~n", [get_keys(blue)]),
    erase(a),
    io:format("red after erase ~p~n", [get_keys(red)]),
    io:format("~p~n", [lists:sort(get_keys())]),
    %% undefined as a value is a value like any other
    put(u, undefined),
    io:format("undefined ~p~n", [get_keys(undefined)]).
