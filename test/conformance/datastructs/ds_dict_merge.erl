#!/usr/bin/env escript
-module(ds_dict_merge).
-export([main/1]).
-mode(compile).
%% Exercises: dict:merge/3: argument order given to the fun, which dict is folded into which, results

p(X) -> io:format("~p~n", [X]).

main(_) ->
    A = dict:from_list([{a, 1}, {b, 2}, {c, 3}]),
    B = dict:from_list([{b, 20}, {c, 30}, {d, 40}, {e, 50}]),
    F = fun(K, V1, V2) -> io:format("~p:~p,~p ", [K, V1, V2]), {V1, V2} end,
    M1 = dict:merge(F, A, B),
    io:format("~n"),
    p(dict:to_list(M1)),
    M2 = dict:merge(F, B, A),
    io:format("~n"),
    p(dict:to_list(M2)),
    Same = dict:from_list([{b, 200}, {c, 300}, {x, 0}]),
    M3 = dict:merge(F, A, Same),
    io:format("~n"),
    p(dict:to_list(M3)),
    p(M3),
    p(dict:to_list(dict:merge(F, dict:new(), A))),
    p(dict:to_list(dict:merge(F, A, dict:new()))),
    Big = dict:from_list([{K, K} || K <- lists:seq(1, 100)]),
    Sum = dict:merge(fun(_, X, Y) -> X + Y end, Big, dict:from_list([{K, 1000} || K <- lists:seq(95, 105)])),
    p(dict:size(Sum)),
    p([dict:fetch(K, Sum) || K <- [1, 94, 95, 100, 101, 105]]).
