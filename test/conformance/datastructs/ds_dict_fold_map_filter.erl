#!/usr/bin/env escript
-module(ds_dict_fold_map_filter).
-export([main/1]).
-mode(compile).
%% Exercises: dict fold/3, map/2 and filter/2: results, order of calls, layout after filtering, bad funs

p(X) -> io:format("~p~n", [X]).
e(F) -> try {ok, F()} catch C:R -> {C, R} end.
%% Outcome of F with a tuple reason cut to its tag (it would hold a fun).
t(F) -> try {ok, F()} catch C:R when is_tuple(R) -> {C, element(1, R)}; C:R -> {C, R} end.

main(_) ->
    D = dict:from_list([{K, K * K} || K <- lists:seq(1, 20)]),
    p(dict:fold(fun(K, V, Acc) -> [{K, V} | Acc] end, [], D)),
    p(dict:fold(fun(_, V, Acc) -> V + Acc end, 0, D)),
    M = dict:map(fun(K, V) -> io:format("~p ", [K]), V - K end, D),
    io:format("~n"),
    p(dict:to_list(M)),
    F = dict:filter(fun(K, _) -> io:format("~p ", [K]), K rem 3 =:= 0 end, D),
    io:format("~n"),
    p(F),
    p(dict:filter(fun(_, _) -> false end, dict:new())),
    p(dict:map(fun(_, _) -> x end, dict:new())),
    p(dict:fold(fun(_, _, A) -> A end, acc, dict:new())),
    p(t(fun() -> dict:fold(fun(K, V) -> {K, V} end, [], D) end)),
    p(t(fun() -> dict:map(fun(V) -> V end, D) end)),
    p(e(fun() -> dict:filter(fun(_, _) -> maybe end, D) end)),
    p(e(fun() -> dict:map(fun(V) -> V end, dict:new()) end)),
    p(e(fun() -> dict:fold(fun(V) -> V end, 0, dict:new()) end)),
    Big = dict:from_list([{K, K} || K <- lists:seq(1, 200)]),
    Small = dict:filter(fun(K, _) -> K > 190 end, Big),
    p(setelement(9, setelement(8, Small, e), s)),
    p(dict:to_list(Small)).
