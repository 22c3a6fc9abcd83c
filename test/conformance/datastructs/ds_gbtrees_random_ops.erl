#!/usr/bin/env escript
-module(ds_gbtrees_random_ops).
-export([main/1]).
-mode(compile).
%% Exercises: gb_trees: 600 pseudo-random enter/insert/delete_any/take/balance steps (fixed LCG); tree shape printed every 100 steps, checked against an orddict model

id(X) -> X.
next(S) -> (S * 1103515245 + 12345) rem 2147483648.

loop(0, _, T, M) -> {T, M};
loop(N, S, T, M) ->
    S1 = next(S),
    K = (S1 div 256) rem 64,
    {T1, M1} =
        case (S1 div 65536) rem 8 of
            0 -> {gb_trees:enter(K, N, T), orddict:store(K, N, M)};
            1 -> {gb_trees:enter(K, N, T), orddict:store(K, N, M)};
            2 -> case gb_trees:is_defined(K, T) of
                     true -> {T, M};
                     false -> {gb_trees:insert(K, N, T), orddict:store(K, N, M)}
                 end;
            3 -> {gb_trees:delete_any(K, T), orddict:erase(K, M)};
            4 -> {gb_trees:delete_any(K + 1, T), orddict:erase(K + 1, M)};
            5 -> case gb_trees:take_any(K, T) of
                     error -> {T, M};
                     {_, Tx} -> {Tx, orddict:erase(K, M)}
                 end;
            6 -> case N rem 50 of 0 -> {gb_trees:balance(T), M}; _ -> {T, M} end;
            7 -> {gb_trees:enter(K * 2, N, T), orddict:store(K * 2, N, M)}
        end,
    case gb_trees:to_list(T1) =:= M1 of
        true -> ok;
        false -> io:format("mismatch at ~p~n", [N])
    end,
    case N rem 100 of 0 -> io:format("~p ~w~n", [N, T1]); _ -> ok end,
    loop(N - 1, S1, T1, M1).

main(_) ->
    {T, M} = loop(600, id(7), gb_trees:empty(), []),
    io:format("~p~n", [{gb_trees:size(T), length(M), gb_trees:smallest(T), gb_trees:largest(T)}]),
    io:format("~w~n", [gb_trees:balance(T)]).
