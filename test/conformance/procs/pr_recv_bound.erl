#!/usr/bin/env escript
-module(pr_recv_bound).
-export([main/1]).
-mode(compile).
%% Exercises: receive patterns that use already bound variables (pids, refs, values)

main(_) ->
    Parent = self(),
    P1 = spawn(fun() -> receive go -> Parent ! {self(), one} end end),
    P2 = spawn(fun() -> receive go -> Parent ! {self(), two} end end),
    P2 ! go,
    receive {P2, M2} -> io:format("from P2 ~p~n", [M2]) end,
    P1 ! go,
    receive {P1, M1} -> io:format("from P1 ~p~n", [M1]) end,
    %% only the message with our ref matches
    Ref = make_ref(),
    Other = make_ref(),
    self() ! {Other, wrong},
    self() ! {Ref, right},
    receive {Ref, V} -> io:format("~p~n", [V]) end,
    receive {Other, V2} -> io:format("~p~n", [V2]) end,
    %% bound value in a nested position
    Key = {k, 3},
    [self() ! {entry, {k, N}, N * 100} || N <- [1, 2, 3, 4]],
    receive {entry, Key, Val} -> io:format("value for ~p: ~p~n", [Key, Val]) end,
    Left = [receive {entry, K, _} -> K end || _ <- [1, 2, 3]],
    io:format("left ~p~n", [Left]),
    %% bound variable compared with =:= semantics (1 does not match 1.0)
    One = id(1),
    self() ! {num, 1.0},
    self() ! {num, 1},
    receive {num, One} -> io:format("matched exact~n") end,
    receive {num, F} -> io:format("then ~p~n", [F]) end.

id(X) -> X.
