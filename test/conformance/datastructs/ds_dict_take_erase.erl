#!/usr/bin/env escript
-module(ds_dict_take_erase).
-export([main/1]).
-mode(compile).
%% Exercises: dict erase/2 and take/2 on present and absent keys, bucket contents after removal

p(X) -> io:format("~p~n", [X]).

main(_) ->
    D = dict:from_list([{K, K} || K <- [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r]]),
    p(D),
    E1 = dict:erase(c, D),
    p(E1),
    p(dict:erase(zz, D) =:= D),
    {V, T1} = dict:take(d, D),
    p({V, T1}),
    p(dict:take(zz, D)),
    p(dict:take(d, T1)),
    p(dict:size(T1)),
    p(dict:fetch_keys(dict:erase(a, dict:erase(b, D)))),
    Nums = dict:from_list([{1, int}, {2, two}]),
    p(dict:to_list(dict:erase(1.0, Nums))),
    p(dict:take(1.0, Nums)),
    Drained = lists:foldl(fun(K, Acc) -> {_, A1} = dict:take(K, Acc), A1 end, D, dict:fetch_keys(D)),
    p(Drained),
    p(Drained =:= dict:new()).
