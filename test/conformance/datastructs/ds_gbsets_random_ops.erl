#!/usr/bin/env escript
-module(ds_gbsets_random_ops).
-export([main/1]).
-mode(compile).
%% Exercises: gb_sets: 500 pseudo-random add/delete/union/intersection/difference steps (fixed LCG) checked against ordsets; shape every 100 steps

id(X) -> X.
next(S) -> (S * 1103515245 + 12345) rem 2147483648.

other(S, N) -> gb_sets:from_list([(S div (I + 1)) rem 90 || I <- lists:seq(1, N)]).

loop(0, _, T, M) -> {T, M};
loop(N, S, T, M) ->
    S1 = next(S),
    K = (S1 div 256) rem 90,
    O = other(S1, (S1 div 4096) rem 25),
    OL = gb_sets:to_list(O),
    {T1, M1} =
        case (S1 div 65536) rem 7 of
            0 -> {gb_sets:add(K, T), ordsets:add_element(K, M)};
            1 -> {gb_sets:add(K, T), ordsets:add_element(K, M)};
            2 -> {gb_sets:delete_any(K, T), ordsets:del_element(K, M)};
            3 -> {gb_sets:union(T, O), ordsets:union(M, OL)};
            4 -> {gb_sets:union(O, gb_sets:intersection(T, O)), OL};
            5 -> {gb_sets:difference(T, O), ordsets:subtract(M, OL)};
            6 -> {gb_sets:subtract(T, gb_sets:from_list([K, K + 1])), ordsets:subtract(M, [K, K + 1])}
        end,
    case gb_sets:to_list(T1) =:= M1 of
        true -> ok;
        false -> io:format("mismatch at ~p~n", [N])
    end,
    case N rem 100 of 0 -> io:format("~p ~w~n", [N, T1]); _ -> ok end,
    loop(N - 1, S1, T1, M1).

main(_) ->
    {T, M} = loop(500, id(11), gb_sets:new(), []),
    io:format("~p~n", [{gb_sets:size(T), length(M)}]),
    io:format("~w~n", [T]).
