#!/usr/bin/env escript
-module(rg_pd_key_types).
-export([main/1]).
-mode(compile).
%% Exercises: process dictionary with many keys of different types, erase/0 count, overwrite semantics

main(_) ->
    N = 2000,
    [put(I, {val, I}) || I <- lists:seq(1, N)],
    io:format("count ~p~n", [length(get_keys())]),
    io:format("~p ~p ~p~n", [get(1), get(N), get(N + 1)]),
    Olds = [put(I, I) || I <- lists:seq(1, N, 500)],
    io:format("olds ~p~n", [Olds]),
    io:format("sum ~p~n", [lists:sum([V || {_, V} <- get(), is_integer(V)])]),
    io:format("erased ~p~n", [length(erase())]),
    %% composite keys
    put({a, [b, c]}, 1),
    put(#{k => v}, 2),
    put(<<1, 2, 3>>, 3),
    put(<<1, 2, 3:4>>, 4),
    put(-0.0, 5),
    put('', 6),
    io:format("~p ~p ~p ~p ~p~n",
              [get({a, [b, c]}), get(#{k => v}), get(<<1, 2, 3>>), get(<<1, 2, 3:4>>), get('')]),
    io:format("~p~n", [get(#{k => w})]),
    io:format("~p~n", [lists:sort(get())]).
