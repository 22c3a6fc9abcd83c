#!/usr/bin/env escript
-module(ds_orddict_store_erase_take).
-export([main/1]).
-mode(compile).
%% Exercises: orddict:store/3, erase/2 and take/2

id(X) -> X.
%% Outcome of F with the top stack frame, minus its location.
s(F) -> try {ok, F()} catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, _} | _]) -> {M, F, A}.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    D = orddict:from_list(id([{b, 2}, {d, 4}])),
    p([orddict:store(K, new, D) || K <- [a, b, c, d, e]]),
    p(orddict:store(x, 1, orddict:new())),
    p(lists:foldl(fun(K, A) -> orddict:store(K, K * K, A) end, orddict:new(), id([3, 1, 2, 1, 5]))),
    p([orddict:erase(K, D) || K <- [a, b, c, d, e]]),
    p(orddict:erase(a, orddict:new())),
    p([orddict:take(K, D) || K <- [a, b, c, d, e]]),
    p(orddict:take(a, orddict:new())),
    p(orddict:store(1.0, float, orddict:from_list(id([{1, int}, {2, two}])))),
    p(orddict:erase(2.0, orddict:from_list(id([{1, int}, {2, two}])))),
    p(orddict:take(1.0, orddict:from_list(id([{1, int}, {2, two}])))),
    p(s(fun() -> orddict:store(a, 1, id(x)) end)),
    p(s(fun() -> orddict:erase(a, id([x])) end)),
    p(s(fun() -> orddict:take(z, id([{a, 1} | x])) end)).
