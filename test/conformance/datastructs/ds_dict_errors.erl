#!/usr/bin/env escript
-module(ds_dict_errors).
-export([main/1]).
-mode(compile).
%% Exercises: dict errors: missing keys in fetch/update, non-dicts, bad list elements

id(X) -> X.
e(F) -> try {ok, F()} catch C:R -> {C, R} end.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    D = dict:from_list([{a, 1}]),
    Bad = id(not_a_dict),
    p(e(fun() -> dict:fetch(b, D) end)),
    p(e(fun() -> dict:fetch(b, dict:new()) end)),
    p(e(fun() -> dict:size(Bad) end)),
    p(e(fun() -> dict:is_empty(Bad) end)),
    p(e(fun() -> dict:fetch(a, Bad) end)),
    p(e(fun() -> dict:find(a, Bad) end)),
    p(e(fun() -> dict:is_key(a, Bad) end)),
    p(e(fun() -> dict:store(a, 1, Bad) end)),
    p(e(fun() -> dict:erase(a, Bad) end)),
    p(e(fun() -> dict:to_list(Bad) end)),
    p(e(fun() -> dict:fetch_keys(Bad) end)),
    p(e(fun() -> dict:from_list(Bad) end)),
    p(e(fun() -> dict:from_list([{a, 1}, b]) end)),
    p(e(fun() -> dict:from_list([{a, 1, 2}]) end)),
    p(e(fun() -> dict:merge(fun(_, X, _) -> X end, D, Bad) end)),
    p(e(fun() -> dict:merge(id(nofun), D, D) end)),
    p(e(fun() -> dict:map(fun(_, V) -> V end, Bad) end)),
    p(e(fun() -> dict:size({dict, -1, 16, 16, 8, 80, 48, {}, {}}) end)),
    p(e(fun() -> dict:take(a, Bad) end)).
