#!/usr/bin/env escript
-module(rg_pd_put).
-export([main/1]).
-mode(compile).
%% Exercises: put/2 returns the previous value (undefined the first time), overwriting, undefined as a value

main(_) ->
    io:format("~p~n", [put(a, 1)]),
    io:format("~p~n", [put(a, 2)]),
    io:format("~p~n", [put(a, {three, 3})]),
    io:format("~p~n", [get(a)]),
    io:format("~p~n", [put(b, undefined)]),
    %% storing undefined: the old value is undefined either way
    io:format("~p~n", [put(b, defined_now)]),
    io:format("~p~n", [put(b, undefined)]),
    io:format("get b ~p~n", [get(b)]),
    io:format("keys ~p~n", [lists:sort(get_keys())]),
    %% values of any type
    Vals = [1 bsl 100, 2.5, <<"bin">>, [1, 2], #{m => 1}, self(), make_ref(), fun() -> ok end],
    Olds = [put(v, V) || V <- Vals],
    io:format("olds are previous values ~p~n", [tl(Olds) =:= lists:droplast(Vals)]),
    io:format("first old ~p~n", [hd(Olds)]),
    F = get(v),
    io:format("stored fun works ~p~n", [F()]),
    %% put in a loop building a counter
    [put(counter, case get(counter) of undefined -> 1; N -> N + 1 end) || _ <- lists:seq(1, 10)],
    io:format("counter ~p~n", [get(counter)]).
