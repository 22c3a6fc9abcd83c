#!/usr/bin/env escript
-module(plib_ancestors).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2, child/1]).
-mode(compile).
%% Exercises: '$ancestors' through a chain: a registered gen_server starting a
%% proc_lib child, which starts another; the crash report of the grandchild lists the
%% ancestors by name where they have one; gen:get_parent/0

init(S) -> {ok, S}.
handle_call(spawn_child, _From, S) ->
    {reply, proc_lib:spawn(?MODULE, child, [1]), S}.
handle_cast(_, S) -> {noreply, S}.

child(1) ->
    Parent = gen:get_parent(),
    io:format("child 1 parent is server ~p~n", [Parent =:= whereis(plib_anc_srv)]),
    C = proc_lib:spawn(?MODULE, child, [2]),
    receive stop -> C ! go end;
child(2) ->
    io:format("ancestors ~p~n", [length(get('$ancestors'))]),
    receive go -> erlang:error(grandchild_failed) end.

main(_) ->
    {ok, _} = gen_server:start({local, plib_anc_srv}, ?MODULE, s, []),
    C1 = gen_server:call(plib_anc_srv, spawn_child),
    timer:sleep(20),
    C1 ! stop,
    timer:sleep(100),
    {P, M} = spawn_monitor(fun() -> gen:get_parent() end),
    receive {'DOWN', M, _, P, R} -> io:format("~p~n", [R]) end,
    ok.
