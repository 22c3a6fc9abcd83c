#!/usr/bin/env escript
-module(rg_pd_get).
-export([main/1]).
-mode(compile).
%% Exercises: get/1 of present and missing keys, get/0 sorted, keys compared exactly (1 vs 1.0)

main(_) ->
    io:format("missing ~p~n", [get(nothing)]),
    io:format("get/0 empty ~p~n", [get()]),
    put(1, int_key),
    put(1.0, float_key),
    put("k", string_key),
    put(<<"k">>, binary_key),
    put({k, 1}, tuple_key),
    put([], nil_key),
    put(1 bsl 80, big_key),
    io:format("~p ~p~n", [get(1), get(1.0)]),
    io:format("~p ~p~n", [get("k"), get(<<"k">>)]),
    io:format("~p ~p ~p~n", [get({k, 1}), get([]), get(1 bsl 80)]),
    io:format("~p~n", [get({k, 1.0})]),
    io:format("~p~n", [lists:sort(get())]),
    io:format("size ~p~n", [length(get())]),
    %% pids and refs as keys
    R = make_ref(),
    put(R, by_ref),
    put(self(), by_pid),
    io:format("~p ~p~n", [get(R), get(self())]),
    io:format("~p~n", [get(make_ref())]).
