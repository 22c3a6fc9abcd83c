#!/usr/bin/env escript
-module(ds_dict_update).
-export([main/1]).
-mode(compile).
%% Exercises: dict update/3, update/4 and update_counter/3: present and absent keys, integers and floats, errors

id(X) -> X.
p(X) -> io:format("~p~n", [X]).
e(F) -> try {ok, F()} catch C:R -> {C, R} end.

main(_) ->
    D = dict:from_list([{a, 1}, {b, 2}]),
    p(dict:to_list(dict:update(a, fun(V) -> V * 10 end, D))),
    p(e(fun() -> dict:update(z, fun(V) -> V end, D) end)),
    p(dict:to_list(dict:update(z, fun(V) -> V + 1 end, 0, D))),
    p(dict:to_list(dict:update(a, fun(V) -> V + 1 end, 0, D))),
    p(dict:to_list(dict:update_counter(a, 5, D))),
    p(dict:to_list(dict:update_counter(c, 5, D))),
    p(dict:to_list(dict:update_counter(a, 0.5, D))),
    p(e(fun() -> dict:update_counter(a, id(x), D) end)),
    p(e(fun() -> dict:update_counter(k, 1, dict:store(k, x, D)) end)),
    p(e(fun() -> dict:update(z, id(notfun), 0, D) end)),
    p(e(fun() -> dict:update(a, id(notfun), 0, D) end)),
    p(e(fun() -> dict:update(a, fun(_) -> throw(badarg) end, D) end)),
    p(e(fun() -> dict:update(a, fun(_) -> throw(other) end, D) end)),
    p(e(fun() -> dict:update(a, fun(_) -> error(boom) end, D) end)),
    Counts = lists:foldl(fun(C, Acc) -> dict:update_counter(C, 1, Acc) end, dict:new(), "mississippi"),
    p(dict:to_list(Counts)),
    p(Counts),
    Upd = lists:foldl(fun(I, Acc) -> dict:update(I rem 3, fun(L) -> [I | L] end, [I], Acc) end, dict:new(), lists:seq(1, 10)),
    p(dict:to_list(Upd)).
