#!/usr/bin/env escript
-module(ds_dict_random_ops).
-export([main/1]).
-mode(compile).
%% Exercises: dict: 1500 pseudo-random store/erase/append/update_counter/take steps (fixed LCG), checked against orddict; layout every 300 steps

id(X) -> X.
next(S) -> (S * 1103515245 + 12345) rem 2147483648.

loop(0, _, D, M) -> {D, M};
loop(N, S, D, M) ->
    S1 = next(S),
    K = (S1 div 256) rem 150,
    {D1, M1} =
        case (S1 div 65536) rem 8 of
            0 -> {dict:store(K, N, D), orddict:store(K, N, M)};
            1 -> {dict:store(K, N, D), orddict:store(K, N, M)};
            2 -> {dict:store({K}, N, D), orddict:store({K}, N, M)};
            3 -> {dict:erase(K, D), orddict:erase(K, M)};
            4 -> {dict:erase({K}, D), orddict:erase({K}, M)};
            5 -> {dict:update_counter(K, 1, D), orddict:update_counter(K, 1, M)};
            6 -> {dict:append([K], N, D), orddict:append([K], N, M)};
            7 -> case dict:take(K, D) of
                     error -> {D, M};
                     {_, Dx} -> {Dx, orddict:erase(K, M)}
                 end
        end,
    case lists:sort(dict:to_list(D1)) =:= M1 of
        true -> ok;
        false -> io:format("mismatch at ~p~n", [N])
    end,
    case N rem 300 of
        0 -> io:format("~p ~w~n", [N, setelement(8, D1, e)]);
        _ -> ok
    end,
    loop(N - 1, S1, D1, M1).

main(_) ->
    {D, M} = loop(1500, id(99), dict:new(), []),
    io:format("~p~n", [{dict:size(D), length(M)}]),
    io:format("~w~n", [dict:fetch_keys(D)]).
