#!/usr/bin/env escript
-module(pr_recv_clauses).
-export([main/1]).
-mode(compile).
%% Exercises: receive with several clauses: the first message in the mailbox that matches any clause wins

main(_) ->
    %% mailbox order decides, not clause order
    self() ! b,
    self() ! a,
    R1 = receive a -> got_a; b -> got_b end,
    io:format("~p~n", [R1]),
    R2 = receive a -> got_a; b -> got_b end,
    io:format("~p~n", [R2]),
    %% the first matching clause for one message decides
    self() ! {x, 1},
    R3 = receive {x, Q} when Q > 0 -> first; {x, 1} -> second end,
    io:format("~p~n", [R3]),
    %% clause bodies with several expressions and a value
    self() ! {add, 2, 3},
    R4 = receive
             {add, A, B} ->
                 S = A + B,
                 io:format("adding~n"),
                 S * 10;
             {sub, A, B} -> A - B
         end,
    io:format("~p~n", [R4]),
    %% variables bound in the clauses are visible afterwards when bound in all
    self() ! {v, 9},
    receive {v, Z} -> ok; {w, Z} -> ok end,
    io:format("Z = ~p~n", [Z]),
    %% receive as an expression inside another expression
    self() ! 5,
    io:format("~p~n", [[receive N -> N * 2 end, done]]).
