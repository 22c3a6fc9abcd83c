#!/usr/bin/env escript
-module(ds_array_random_ops).
-export([main/1]).
-mode(compile).
%% Exercises: array: 800 pseudo-random set/reset/resize/get steps (fixed LCG) checked against a map model; record every 100 steps

id(X) -> X.
next(S) -> (S * 1103515245 + 12345) rem 2147483648.

model_list(M, N) -> [maps:get(I, M, u) || I <- lists:seq(0, N - 1)].

loop(0, _, A, M, N) -> {A, M, N};
loop(K, S, A, M, N) ->
    S1 = next(S),
    I = (S1 div 256) rem 300,
    {A1, M1, N1} =
        case (S1 div 65536) rem 6 of
            0 -> {array:set(I, K, A), M#{I => K}, max(N, I + 1)};
            1 -> {array:set(I div 10, K, A), M#{I div 10 => K}, max(N, I div 10 + 1)};
            2 -> case I < N of
                     true -> {array:reset(I, A), maps:remove(I, M), N};
                     false -> {array:reset(I, A), M, N}
                 end;
            3 -> New = I div 2,
                 {array:resize(New, A), maps:filter(fun(X, _) -> X < New end, M), New};
            4 -> Got = array:get(I, A),
                 case Got =:= maps:get(I, M, u) of
                     true -> ok;
                     false -> io:format("get mismatch ~p~n", [K])
                 end,
                 {A, M, N};
            5 -> {array:set(I * 7, K, A), M#{I * 7 => K}, max(N, I * 7 + 1)}
        end,
    case {array:size(A1), array:to_list(A1)} =:= {N1, model_list(M1, N1)} of
        true -> ok;
        false -> io:format("mismatch at ~p~n", [K])
    end,
    case K rem 100 of 0 -> io:format("~p ~w~n", [K, A1]); _ -> ok end,
    loop(K - 1, S1, A1, M1, N1).

main(_) ->
    {A, M, N} = loop(800, id(17), array:new({default, u}), #{}, 0),
    io:format("~p~n", [{array:size(A), N, array:sparse_size(A), map_size(M)}]),
    io:format("~w~n", [array:sparse_to_orddict(A)]).
