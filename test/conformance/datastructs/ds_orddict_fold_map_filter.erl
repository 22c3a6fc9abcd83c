#!/usr/bin/env escript
-module(ds_orddict_fold_map_filter).
-export([main/1]).
-mode(compile).
%% Exercises: orddict:fold/3, map/2 and filter/2 with call order and bad funs

id(X) -> X.
%% Outcome of F without the stack.
e(F) -> try {ok, F()} catch C:R -> {C, R} end.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    D = orddict:from_list(id([{c, 3}, {a, 1}, {b, 2}, {d, 4}])),
    p(orddict:fold(fun(K, V, Acc) -> [{K, V} | Acc] end, [], D)),
    p(orddict:fold(fun(_, V, Acc) -> V + Acc end, 0, D)),
    p(orddict:map(fun(K, V) -> {K, V * 10} end, D)),
    p(orddict:filter(fun(_, V) -> V rem 2 =:= 0 end, D)),
    p(orddict:filter(fun(K, _) -> K > b end, D)),
    _ = orddict:map(fun(K, V) -> io:format("map ~p ~p~n", [K, V]) end, D),
    p({orddict:fold(fun(_, _, A) -> A end, acc, []), orddict:map(fun(_, V) -> V end, []),
       orddict:filter(fun(_, _) -> true end, [])}),
    p(e(fun() -> orddict:fold(id(f), 0, []) end)),
    p(e(fun() -> orddict:fold(id(f), 0, D) end)),
    p(e(fun() -> orddict:map(id(f), []) end)),
    p(e(fun() -> orddict:map(id(f), D) end)),
    p(e(fun() -> orddict:filter(fun(_, V) -> V end, D) end)),
    p(e(fun() -> orddict:filter(id(f), []) end)),
    p(e(fun() -> orddict:fold(fun(_, _, A) -> A end, 0, id(x)) end)),
    p(e(fun() -> orddict:map(fun(_, V) -> V end, id([{a, 1}, b])) end)).
