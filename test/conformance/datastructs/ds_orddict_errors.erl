#!/usr/bin/env escript
-module(ds_orddict_errors).
-export([main/1]).
-mode(compile).
%% Exercises: orddict functions given non-lists and malformed lists

id(X) -> X.
%% Outcome of F without the stack.
e(F) -> try {ok, F()} catch C:R -> {C, R} end.
%% Outcome of F with the top stack frame, minus its location.
s(F) -> try {ok, F()} catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, _} | _]) -> {M, F, A}.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    Bad = id([x, [x], [{a}], [{a, 1, 2}]]),
    [p({size, e(fun() -> orddict:size(B) end)}) || B <- Bad],
    [p({is_empty, s(fun() -> orddict:is_empty(B) end)}) || B <- Bad],
    [p({fetch_keys, s(fun() -> orddict:fetch_keys(B) end)}) || B <- Bad],
    [p({is_key, s(fun() -> orddict:is_key(a, B) end)}) || B <- Bad],
    [p({find, s(fun() -> orddict:find(a, B) end)}) || B <- Bad],
    [p({store, s(fun() -> orddict:store(a, 1, B) end)}) || B <- Bad],
    [p({update_counter, s(fun() -> orddict:update_counter(a, 1, B) end)}) || B <- Bad],
    p(s(fun() -> orddict:is_key(b, id([{a, 1} | tail])) end)),
    p(s(fun() -> orddict:fetch_keys(id([{a, 1} | tail])) end)).
