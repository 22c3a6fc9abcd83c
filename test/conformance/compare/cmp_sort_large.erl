#!/usr/bin/env escript
-module(cmp_sort_large).
-export([main/1]).
-mode(compile).
%% Exercises: sorting a larger pseudo-random list deterministically

lcg(S) -> (S * 1103515245 + 12345) rem 2147483648.
gen(0, _, Acc) -> Acc;
gen(N, S, Acc) -> S1 = lcg(S), gen(N - 1, S1, [S1 rem 1000 | Acc]).
main(_) ->
    L = gen(2000, 42, []),
    S = lists:sort(L),
    io:format("~p~n", [lists:sublist(S, 20)]),
    io:format("~p~n", [lists:nthtail(1980, S)]),
    io:format("~p~n", [length(lists:usort(L))]),
    io:format("~p~n", [lists:sum(L)]),
    io:format("~p~n", [lists:sublist(lists:sort(fun(A, B) -> A > B end, L), 10)]).
