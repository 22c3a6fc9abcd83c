#!/usr/bin/env escript
-module(ds_dict_append).
-export([main/1]).
-mode(compile).
%% Exercises: dict append/3 and append_list/3 on new and existing keys, non-list values

p(X) -> io:format("~p~n", [X]).
e(F) -> try {ok, F()} catch C:R -> {C, R} end.

main(_) ->
    D1 = dict:append(k, 1, dict:new()),
    p(D1),
    D2 = dict:append(k, 2, D1),
    D3 = dict:append_list(k, [3, 4], D2),
    D4 = dict:append_list(j, [], D3),
    p(D4),
    p(dict:to_list(D4)),
    p(dict:fetch(k, D4)),
    Groups = lists:foldl(fun(W, D) -> dict:append(length(W), W, D) end, dict:new(),
                         ["a", "bb", "cc", "d", "eee", "ff", "g"]),
    p(lists:sort(dict:to_list(Groups))),
    p(e(fun() -> dict:append(x, 1, dict:store(x, notalist, dict:new())) end)),
    p(e(fun() -> dict:append_list(x, [1], dict:store(x, notalist, dict:new())) end)),
    p(dict:to_list(dict:append_list(x, improper, dict:new()))),
    p(dict:to_list(dict:append_list(x, tail, dict:store(x, [a], dict:new())))),
    Many = lists:foldl(fun(I, D) -> dict:append(I rem 5, I, D) end, dict:new(), lists:seq(1, 100)),
    p(dict:size(Many)),
    p(dict:fetch(3, Many)).
