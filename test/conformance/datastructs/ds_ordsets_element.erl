#!/usr/bin/env escript
-module(ds_ordsets_element).
-export([main/1]).
-mode(compile).
%% Exercises: ordsets:is_element/2, add_element/2 and del_element/2

id(X) -> X.
%% Outcome of F with the top stack frame, minus its location.
s(F) -> try {ok, F()} catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, _} | _]) -> {M, F, A}.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    S = ordsets:from_list(id([2, 4, 6])),
    p([ordsets:is_element(X, S) || X <- [1, 2, 3, 4, 6, 7, 4.0, a]]),
    p([ordsets:add_element(X, S) || X <- [1, 2, 5, 7, 4.0, a]]),
    p([ordsets:del_element(X, S) || X <- [1, 2, 5, 6, 4.0, a]]),
    p({ordsets:add_element(x, []), ordsets:del_element(x, []), ordsets:is_element(x, [])}),
    p(lists:foldl(fun ordsets:add_element/2, ordsets:new(), id([5, 3, 5, 1, 3]))),
    p(s(fun() -> ordsets:is_element(1, id(x)) end)),
    p(s(fun() -> ordsets:add_element(1, id(x)) end)),
    p(s(fun() -> ordsets:del_element(9, id([1 | x])) end)).
