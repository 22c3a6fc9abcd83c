#!/usr/bin/env escript
-module(sg_unlink_both_ways).
-export([main/1]).
-mode(compile).
%% Exercises: unlink/1 removes the link on both sides, from either end; a later crash does not propagate

main(_) ->
    Main = self(),
    P = spawn(fun() -> loop(Main) end),
    link(P),
    io:format("child sees ~p~n", [ask(P, links) =:= [Main]]),
    unlink(P),
    io:format("child sees after unlink ~p~n", [ask(P, links)]),
    link(P),
    io:format("relinked ~p~n", [ask(P, links) =:= [Main]]),
    ok = ask(P, unlink_main),
    {links, L} = process_info(self(), links),
    io:format("main still linked after child unlink ~p~n", [lists:member(P, L)]),
    Ref = monitor(process, P),
    P ! {die, bad_reason},
    receive {'DOWN', Ref, process, P, R} -> io:format("down ~p~n", [R]) end,
    io:format("main alive ~p~n", [is_process_alive(self())]).

ask(P, Q) ->
    P ! {Q, self()},
    receive {P, A} -> A end.

loop(Main) ->
    receive
        {links, From} ->
            {links, L} = process_info(self(), links),
            From ! {self(), L},
            loop(Main);
        {unlink_main, From} ->
            unlink(Main),
            From ! {self(), ok},
            loop(Main);
        {die, Why} ->
            exit(Why)
    end.
