#!/usr/bin/env escript
-module(ds_ordsets_fold_filter).
-export([main/1]).
-mode(compile).
%% Exercises: ordsets:fold/3 and filter/2

id(X) -> X.
%% Outcome of F without the stack.
e(F) -> try {ok, F()} catch C:R -> {C, R} end.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    S = ordsets:from_list(id([5, 1, 4, 2, 3])),
    p(ordsets:fold(fun(X, Acc) -> [X | Acc] end, [], S)),
    p(ordsets:fold(fun(X, Acc) -> X * Acc end, 1, S)),
    p(ordsets:filter(fun(X) -> X rem 2 =:= 1 end, S)),
    p(ordsets:filter(fun(_) -> false end, S)),
    p({ordsets:fold(fun(X, A) -> [X | A] end, none, []), ordsets:filter(fun(_) -> true end, [])}),
    _ = ordsets:fold(fun(X, _) -> io:format("fold ~p~n", [X]) end, 0, S),
    p(e(fun() -> ordsets:filter(fun(X) -> X end, S) end)),
    p(e(fun() -> ordsets:fold(id(f), 0, S) end)),
    p(e(fun() -> ordsets:filter(id(f), S) end)),
    p(e(fun() -> ordsets:fold(fun(X, A) -> X + A end, 0, id(x)) end)).
