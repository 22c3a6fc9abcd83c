#!/usr/bin/env escript
-module(ds_dict_large).
-export([main/1]).
-mode(compile).
%% Exercises: dict with 5000 keys: segment growth beyond 16 segments, record fields, sums, erasing most keys again

p(X) -> io:format("~p~n", [X]).

fields(D) -> {element(2, D), element(3, D), element(4, D), element(5, D), element(6, D), element(7, D), tuple_size(element(9, D))}.

main(_) ->
    D = lists:foldl(fun(I, Acc) -> dict:store(I * 7, I, Acc) end, dict:new(), lists:seq(1, 5000)),
    p(fields(D)),
    p(dict:fold(fun(K, V, {SK, SV}) -> {SK + K, SV + V} end, {0, 0}, D)),
    p(lists:sublist(dict:fetch_keys(D), 15)),
    p(element(3, element(1, element(9, D)))),
    D2 = lists:foldl(fun(I, Acc) -> dict:erase(I * 7, Acc) end, D, lists:seq(1, 4990)),
    p(fields(D2)),
    p(dict:to_list(D2)),
    Strs = dict:from_list([{integer_to_list(I), I} || I <- lists:seq(1, 1000)]),
    p(fields(Strs)),
    p(lists:sublist(dict:to_list(Strs), 10)).
