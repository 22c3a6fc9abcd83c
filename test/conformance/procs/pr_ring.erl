#!/usr/bin/env escript
-module(pr_ring).
-export([main/1]).
-mode(compile).
%% Exercises: a ring of N processes passing a token M times around

start_ring(N) ->
    Parent = self(),
    First = spawn(fun() -> first(Parent) end),
    Last = lists:foldl(fun(I, Next) -> spawn(fun() -> node_loop(I, Next) end) end,
                       First, lists:seq(2, N)),
    First ! {set_next, Last},
    First.

first(Parent) ->
    receive {set_next, Next} -> first_loop(Parent, Next) end.

first_loop(Parent, Next) ->
    receive
        {token, 0, Hops} -> Parent ! {done, Hops}, Next ! stop;
        {token, Laps, Hops} -> Next ! {token, Laps - 1, Hops + 1}, first_loop(Parent, Next)
    end.

node_loop(I, Next) ->
    receive
        {token, L, Hops} -> Next ! {token, L, Hops + 1}, node_loop(I, Next);
        stop -> Next ! stop
    end.

run(N, M) ->
    First = start_ring(N),
    Ref = monitor(process, First),
    First ! {token, M, 0},
    receive {done, Hops} -> ok end,
    receive {'DOWN', Ref, process, First, Why} -> ok end,
    {N, M, Hops, Why}.

main(_) ->
    io:format("~p~n", [run(3, 2)]),
    io:format("~p~n", [run(10, 10)]),
    io:format("~p~n", [run(1000, 5)]),
    io:format("~p~n", [run(2, 1000)]).
