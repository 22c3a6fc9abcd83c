#!/usr/bin/env escript
-module(ds_sets_random_ops).
-export([main/1]).
-mode(compile).
%% Exercises: sets: 1500 pseudo-random add/del/filter/union/subtract steps (fixed LCG) on version 1 and 2, checked against ordsets; layout every 300 steps

id(X) -> X.
next(S) -> (S * 1103515245 + 12345) rem 2147483648.

loop(0, _, A, B, M) -> {A, B, M};
loop(N, S, A, B, M) ->
    S1 = next(S),
    K = (S1 div 256) rem 200,
    {A1, B1, M1} =
        case (S1 div 65536) rem 7 of
            0 -> {sets:add_element(K, A), sets:add_element(K, B), ordsets:add_element(K, M)};
            1 -> {sets:add_element({K}, A), sets:add_element({K}, B), ordsets:add_element({K}, M)};
            2 -> {sets:add_element(K, A), sets:add_element(K, B), ordsets:add_element(K, M)};
            3 -> {sets:del_element(K, A), sets:del_element(K, B), ordsets:del_element(K, M)};
            4 -> case N rem 97 of
                     0 -> P = fun(X) -> erlang:phash2(X, 5) > 0 end,
                          {sets:filter(P, A), sets:filter(P, B), [X || X <- M, P(X)]};
                     _ -> {A, B, M}
                 end;
            5 -> O = [K, K + 1, K + 2],
                 {sets:union(A, sets:from_list(O)), sets:union(B, sets:from_list(O, [{version, 2}])), ordsets:union(M, O)};
            6 -> O = lists:seq(K, K + 9),
                 {sets:subtract(A, sets:from_list(O)), sets:subtract(B, sets:from_list(O, [{version, 2}])), ordsets:subtract(M, O)}
        end,
    case {lists:sort(sets:to_list(A1)), lists:sort(sets:to_list(B1))} =:= {M1, M1} of
        true -> ok;
        false -> io:format("mismatch at ~p~n", [N])
    end,
    case N rem 300 of
        0 -> io:format("~p ~w~n", [N, setelement(8, A1, e)]);
        _ -> ok
    end,
    loop(N - 1, S1, A1, B1, M1).

main(_) ->
    {A, B, M} = loop(1500, id(5), sets:new(), sets:new([{version, 2}]), []),
    io:format("~p~n", [{sets:size(A), sets:size(B), length(M)}]),
    io:format("~w~n", [sets:to_list(A)]).
