#!/usr/bin/env escript
-module(pr_priority).
-export([main/1]).
-mode(compile).
%% Exercises: priority receive idiom: take urgent messages first with after 0, then anything

next() ->
    receive
        {urgent, U} -> {urgent, U}
    after 0 ->
        receive
            {normal, N} -> {normal, N};
            {urgent, U} -> {urgent, U}
        end
    end.

next_by_level() ->
    receive {high, X} -> {high, X}
    after 0 ->
        receive {mid, X} -> {mid, X}
        after 0 ->
            receive Any -> Any after 0 -> empty end
        end
    end.

main(_) ->
    [self() ! M || M <- [{normal, 1}, {normal, 2}, {urgent, a}, {normal, 3}, {urgent, b}]],
    Order = [next() || _ <- lists:seq(1, 5)],
    io:format("~p~n", [Order]),
    [self() ! M || M <- [{low, 1}, {mid, 1}, {low, 2}, {high, 1}, {mid, 2}, {high, 2}]],
    Order2 = [next_by_level() || _ <- lists:seq(1, 7)],
    io:format("~p~n", [Order2]),
    %% a server that serves stop before work
    Parent = self(),
    S = spawn(fun() -> receive go -> server(Parent, 0) end end),
    [S ! {work, I} || I <- lists:seq(1, 3)],
    S ! stop,
    S ! go,
    receive {stopped_after, N} -> io:format("stopped after ~p jobs~n", [N]) end.

server(Parent, Done) ->
    receive
        stop -> Parent ! {stopped_after, Done}
    after 0 ->
        receive
            {work, _} -> server(Parent, Done + 1);
            stop -> Parent ! {stopped_after, Done}
        end
    end.
