#!/usr/bin/env escript
-module(plib_stop).
-export([main/1, init/1, system_continue/3, system_terminate/4]).
-mode(compile).
%% Exercises: proc_lib:stop/1,3 on a process speaking the system-message protocol
%% (its terminate reason), on a dead pid (noproc), on an unknown name, a timeout

init(Parent) ->
    proc_lib:init_ack({ok, self()}),
    loop(Parent).

loop(Parent) ->
    receive
        {system, From, Req} -> sys:handle_system_msg(Req, From, Parent, ?MODULE, [], Parent);
        {slow, T} -> timer:sleep(T), loop(Parent)
    end.

system_continue(Parent, _Debug, _Misc) -> loop(Parent).
system_terminate(Reason, _Parent, _Debug, _Misc) ->
    io:format("terminating with ~p~n", [Reason]),
    exit(Reason).

main(_) ->
    {ok, P} = proc_lib:start(?MODULE, init, [self()]),
    io:format("~p ~p~n", [proc_lib:stop(P), is_process_alive(P)]),
    {ok, P2} = proc_lib:start(?MODULE, init, [self()]),
    io:format("~p~n", [proc_lib:stop(P2, {shutdown, done}, 1000)]),
    io:format("~p~n", [catch proc_lib:stop(P2)]),
    io:format("~p~n", [catch proc_lib:stop(plib_stop_nobody)]),
    {ok, P3} = proc_lib:start(?MODULE, init, [self()]),
    P3 ! {slow, 200},
    io:format("~p~n", [catch proc_lib:stop(P3, normal, 50)]),
    timer:sleep(250),
    ok.
