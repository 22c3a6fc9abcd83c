#!/usr/bin/env escript
-module(ds_orddict_fetch_find).
-export([main/1]).
-mode(compile).
%% Exercises: orddict:fetch/2 and find/2, including missing keys and ==-equal keys

id(X) -> X.
%% Outcome of F with the top stack frame, minus its location.
s(F) -> try {ok, F()} catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, _} | _]) -> {M, F, A}.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    D = orddict:from_list(id([{1, one}, {2, two}, {b, bee}, {"s", str}])),
    p([orddict:find(K, D) || K <- [1, 2, 1.0, 3, b, a, "s", "t"]]),
    p([orddict:fetch(K, D) || K <- [1, 2.0, b, "s"]]),
    p(s(fun() -> orddict:fetch(3, D) end)),
    p(s(fun() -> orddict:fetch(zzz, D) end)),
    p(s(fun() -> orddict:fetch(0, D) end)),
    p(s(fun() -> orddict:fetch(a, orddict:new()) end)),
    p(orddict:find(a, orddict:new())),
    p(s(fun() -> orddict:find(a, id(x)) end)),
    p(s(fun() -> orddict:fetch(a, id([{a}])) end)).
