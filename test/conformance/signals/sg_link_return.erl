#!/usr/bin/env escript
-module(sg_link_return).
-export([main/1]).
-mode(compile).
%% Exercises: link/1 return values: live pid, twice, self, badarg; links shown on both sides

main(_) ->
    P = spawn(fun() -> receive stop -> ok end end),
    io:format("link ~p~n", [link(P)]),
    io:format("again ~p~n", [link(P)]),
    io:format("self ~p~n", [link(self())]),
    {links, L} = process_info(self(), links),
    io:format("my links has child ~p~n", [lists:member(P, L)]),
    {links, PL} = process_info(P, links),
    io:format("child links ~p~n", [PL =:= [self()]]),
    io:format("~p~n", [t(fun() -> link(id(not_a_pid)) end)]),
    io:format("~p~n", [t(fun() -> link(id({1, 2})) end)]),
    io:format("~p~n", [t(fun() -> link(id(42)) end)]),
    process_flag(trap_exit, true),
    P ! stop,
    receive {'EXIT', P, R} -> io:format("exit ~p~n", [R]) end,
    {links, L2} = process_info(self(), links),
    io:format("links after has child ~p~n", [lists:member(P, L2)]).

t(F) -> try F() catch C:E -> {C, E} end.
id(X) -> X.
