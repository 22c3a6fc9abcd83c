#!/usr/bin/env escript
-module(ds_ordsets_random_ops).
-export([main/1]).
-mode(compile).
%% Exercises: ordsets: pseudo-random sets (fixed LCG) combined with union, intersection, subtract and checked against each other

id(X) -> X.

main(_) ->
    Next = fun(S) -> (S * 1103515245 + 12345) rem 2147483648 end,
    Elems = id({1, 2, 3, 4, 5, 1.0, 2.0, 6.5, a, b, c, "s", {t}, [l]}),
    Gen = fun Gen(0, S, Acc) -> {Acc, S};
              Gen(N, S, Acc) -> S1 = Next(S), Gen(N - 1, S1, [element((S1 div 256) rem tuple_size(Elems) + 1, Elems) | Acc])
          end,
    Loop = fun Loop(0, _) -> ok;
               Loop(N, S) ->
                   {L1, S1} = Gen(N rem 7, S, []),
                   {L2, S2} = Gen(N rem 5 + 1, S1, []),
                   A = ordsets:from_list(L1), B = ordsets:from_list(L2),
                   U = ordsets:union(A, B), I = ordsets:intersection(A, B),
                   D = ordsets:subtract(A, B),
                   Ok = ordsets:is_set(U) andalso ordsets:is_set(I) andalso ordsets:is_subset(I, A)
                        andalso ordsets:is_subset(D, A) andalso ordsets:is_disjoint(D, B)
                        andalso ordsets:union(D, I) == A,
                   io:format("~p ~p ~p ~p ~p ~p~n", [A, B, U, I, D, Ok]),
                   Loop(N - 1, S2)
           end,
    Loop(40, id(99)).
