#!/usr/bin/env escript
-module(ds_queue_random_ops).
-export([main/1]).
-mode(compile).
%% Exercises: queue: 3000 pseudo-random operations (fixed LCG) checked against a list model, pair printed every 250 steps

id(X) -> X.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    Next = fun(S) -> (S * 1103515245 + 12345) rem 2147483648 end,
    Loop = fun Loop(0, _, Q, L) -> {Q, L};
               Loop(N, S, Q, L) ->
                   S1 = Next(S),
                   Op = (S1 div 65536) rem 10,
                   {Q2, L2} =
                       case Op of
                           0 -> {queue:in(N, Q), L ++ [N]};
                           1 -> {queue:in(N, Q), L ++ [N]};
                           2 -> {queue:in_r(N, Q), [N | L]};
                           3 -> {queue:in_r(N, Q), [N | L]};
                           4 -> case queue:out(Q) of {empty, Qx} -> {Qx, L}; {{value, _}, Qx} -> {Qx, tl(L)} end;
                           5 -> case queue:out_r(Q) of {empty, Qx} -> {Qx, L}; {{value, _}, Qx} -> {Qx, lists:droplast(L)} end;
                           6 -> case L of [] -> {Q, L}; _ -> {queue:drop(Q), tl(L)} end;
                           7 -> case L of [] -> {Q, L}; _ -> {queue:drop_r(Q), lists:droplast(L)} end;
                           8 -> {queue:reverse(Q), lists:reverse(L)};
                           9 -> K = length(L) div 2, {A, B} = queue:split(K, Q), {queue:join(B, A), lists:nthtail(K, L) ++ lists:sublist(L, K)}
                       end,
                   case queue:to_list(Q2) =:= L2 of
                       true -> ok;
                       false -> io:format("mismatch at ~p: ~p ~p~n", [N, Q2, L2])
                   end,
                   case N rem 250 of 0 -> io:format("~p ~p~n", [N, Q2]); _ -> ok end,
                   Loop(N - 1, S1, Q2, L2)
           end,
    {Qf, Lf} = Loop(3000, id(42), queue:new(), []),
    p({queue:len(Qf), length(Lf), queue:peek(Qf), queue:peek_r(Qf)}).
