#!/usr/bin/env escript
-module(ets_first_next_ordered).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: first/next/last/prev on ordered_set: term order, keys not in the table, the ends, an empty table.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

walk(_T, '$end_of_table', Acc) -> lists:reverse(Acc);
walk(T, K, Acc) -> walk(T, ets:next(T, K), [K | Acc]).

rwalk(_T, '$end_of_table', Acc) -> lists:reverse(Acc);
rwalk(T, K, Acc) -> rwalk(T, ets:prev(T, K), [K | Acc]).

main(_) ->
    T = ets:new(t, [ordered_set]),
    p({ets:first(T), ets:last(T), ets:next(T, a), ets:prev(T, a)}),
    ets:insert(T, [{K, v} || K <- [10, 2.5, a, "s", {t}, 7, -3]]),
    p(walk(T, ets:first(T), [])),
    p(rwalk(T, ets:last(T), [])),
    p(ets:next(T, 3)),
    p(ets:next(T, 7.0)),
    p(ets:prev(T, 7.0)),
    p(ets:prev(T, -100)),
    p(ets:next(T, <<"zzz">>)),
    p(ets:prev(T, <<"zzz">>)),
    p(ets:next(T, "s")),
    p(e(fun() -> ets:next(id(nosuch), 1) end)),
    p(e(fun() -> ets:first(id(nosuch)) end)),
    p(e(fun() -> ets:last(id(nosuch)) end)),
    p(e(fun() -> ets:prev(id(nosuch), 1) end)).
