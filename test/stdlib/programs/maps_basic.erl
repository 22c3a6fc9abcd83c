#!/usr/bin/env escript
-module(maps_basic).
-export([main/1]).
-mode(compile).

%% id/1 hides values from the compiler, so that OTP prints no optimiser warnings.
id(V) -> V.

try_it(F) ->
    try F() of
        V -> io:format("ok ~w~n", [V])
    catch
        C:R:St ->
            [{M, Fn, A, _} | _] = St,
            io:format("~w ~w ~w:~w/~w~n", [C, R, M, Fn, if is_list(A) -> length(A); true -> A end])
    end.

main(_) ->
    X = list_to_atom("x"),
    M = #{a => 1, b => 2, c => 3},
    io:format("~w~n", [maps:map(fun(_, V) -> V * 10 end, M)]),
    io:format("~w~n", [maps:filter(fun(K, _) -> K =/= b end, M)]),
    io:format("~w~n", [maps:filtermap(fun(a, _) -> false; (b, V) -> {true, V + 1}; (_, _) -> true end, M)]),
    io:format("~w~n", [maps:fold(fun(K, V, A) -> [{K, V} | A] end, [], M)]),
    maps:foreach(fun(K, V) -> io:format("~w=~w ", [K, V]) end, M),
    io:format("~n"),
    io:format("~w~n", [{maps:with([a, z], M), maps:without([a, z], M)}]),
    io:format("~w~n", [{maps:get(a, M, 0), maps:get(z, M, 0)}]),
    io:format("~w~n", [maps:update_with(a, fun(V) -> V + 100 end, M)]),
    io:format("~w~n", [maps:update_with(z, fun(V) -> V + 100 end, 7, M)]),
    io:format("~w~n", [maps:intersect(M, #{a => x, d => y})]),
    io:format("~w~n", [maps:intersect_with(fun(K, V1, V2) -> {K, V1, V2} end, M, #{a => x, d => y})]),
    io:format("~w~n", [maps:merge_with(fun(K, V1, V2) -> {K, V1, V2} end, M, #{a => x, d => y})]),
    io:format("~w~n", [maps:groups_from_list(fun(X) -> X rem 3 end, lists:seq(1, 10))]),
    io:format("~w~n", [maps:groups_from_list(fun(X) -> X rem 2 end, fun(X) -> X * X end, [1, 2, 3, 4])]),
    I = maps:iterator(M),
    io:format("~w~n", [I]),
    {K1, V1, I1} = maps:next(I),
    io:format("~w ~w ~w~n", [K1, V1, maps:next(I1)]),
    io:format("~w~n", [maps:next(maps:iterator(#{}))]),
    Big = maps:from_list([{X, X * X} || X <- lists:seq(1, 100)]),
    io:format("~w~n", [maps:fold(fun(K, V, A) -> A + K + V end, 0, Big)]),
    io:format("~w~n", [lists:sort(maps:to_list(maps:filter(fun(K, _) -> K > 95 end, Big)))]),
    io:format("~w~n", [maps:size(maps:map(fun(_, V) -> V end, Big))]),
    io:format("~w~n", [{maps:find(a, M), maps:find(z, M), maps:is_key(b, M), maps:take(a, M), maps:take(z, M)}]),
    io:format("~w~n", [{maps:keys(M), maps:values(M), maps:to_list(M), maps:size(M), maps:new()}]),
    io:format("~w~n", [{maps:put(d, 4, M), maps:remove(a, M), maps:update(a, 0, M), maps:merge(M, #{a => 9, e => 5})}]),
    io:format("~w~n", [{maps:from_list([{a, 1}, {a, 2}]), maps:from_keys([x, y], 0)}]),
    try_it(fun() -> maps:get(z, id(M)) end),
    try_it(fun() -> maps:get(z, id(X)) end),
    try_it(fun() -> maps:get(z, x, 0) end),
    try_it(fun() -> maps:update(z, 0, M) end),
    try_it(fun() -> maps:put(z, 0, []) end),
    try_it(fun() -> maps:from_list([a]) end),
    try_it(fun() -> maps:from_list(x) end),
    try_it(fun() -> maps:to_list(x) end),
    try_it(fun() -> maps:keys(x) end),
    try_it(fun() -> maps:merge(x, M) end),
    try_it(fun() -> maps:merge(M, y) end),
    try_it(fun() -> maps:map(fun(_, V) -> V end, x) end),
    try_it(fun() -> maps:map(x, M) end),
    try_it(fun() -> maps:fold(fun(_, _, A) -> A end, 0, x) end),
    try_it(fun() -> maps:filter(fun(_, _) -> true end, [1 | 2]) end),
    try_it(fun() -> maps:update_with(z, fun(V) -> V end, M) end),
    try_it(fun() -> maps:update_with(z, fun(V) -> V end, x) end),
    try_it(fun() -> maps:with([a], x) end),
    try_it(fun() -> maps:without(a, M) end),
    try_it(fun() -> maps:iterator(x) end),
    try_it(fun() -> maps:next(x) end),
    try_it(fun() -> maps:size(x) end),
    try_it(fun() -> maps:intersect(M, x) end),
    try_it(fun() -> maps:merge_with(x, M, M) end),
    try_it(fun() -> maps:groups_from_list(fun(X) -> X end, x) end),
    ok.
