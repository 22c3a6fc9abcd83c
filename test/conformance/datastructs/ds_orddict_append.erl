#!/usr/bin/env escript
-module(ds_orddict_append).
-export([main/1]).
-mode(compile).
%% Exercises: orddict:append/3 and append_list/3

id(X) -> X.
%% Outcome of F without the stack.
e(F) -> try {ok, F()} catch C:R -> {C, R} end.
%% Outcome of F with the top stack frame, minus its location.
s(F) -> try {ok, F()} catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, _} | _]) -> {M, F, A}.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    D = orddict:from_list(id([{a, [1]}, {c, [3]}])),
    p([orddict:append(K, x, D) || K <- [a, b, c, d]]),
    p([orddict:append_list(K, [x, y], D) || K <- [a, b, c, d]]),
    p(orddict:append(k, v, orddict:new())),
    p(orddict:append_list(k, [], orddict:new())),
    p(lists:foldl(fun({K, V}, A) -> orddict:append(K, V, A) end, orddict:new(), id([{x, 1}, {y, 2}, {x, 3}, {x, 4}]))),
    p(orddict:append(1.0, f, orddict:from_list(id([{1, [i]}])))),
    p(e(fun() -> orddict:append(a, x, orddict:from_list(id([{a, notalist}]))) end)),
    p(orddict:append_list(a, [x], orddict:from_list(id([{a, "str"}])))),
    p(orddict:append_list(a, tail, orddict:from_list(id([{a, [h]}])))),
    p(s(fun() -> orddict:append(a, 1, id(x)) end)),
    p(s(fun() -> orddict:append_list(a, [1], id([{a}])) end)).
