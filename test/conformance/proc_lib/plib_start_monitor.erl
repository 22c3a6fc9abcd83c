#!/usr/bin/env escript
-module(plib_start_monitor).
-export([main/1, init/1]).
-mode(compile).
%% Exercises: proc_lib:start_monitor/3,4,5 ({Return, Ref}, the 'DOWN' kept for the
%% caller on failure), start/5 and start_link/5 with spawn options, and badarg for a
%% monitor in the options

init(ok) -> proc_lib:init_ack(ok), receive stop -> exit(stopped) end;
init(fail) -> exit(failed).

main(_) ->
    {Ret, Ref} = proc_lib:start_monitor(?MODULE, init, [ok]),
    io:format("~p ~p~n", [Ret, is_reference(Ref)]),
    {Ret2, Ref2} = proc_lib:start_monitor(?MODULE, init, [fail], 1000),
    timer:sleep(50),
    io:format("~p~n", [Ret2]),
    receive {'DOWN', Ref2, process, _, R2} -> io:format("down ~p~n", [R2]) after 0 -> io:format("no down~n") end,
    {Ret3, _} = proc_lib:start_monitor(?MODULE, init, [ok], infinity, [{priority, normal}]),
    io:format("~p~n", [Ret3]),
    io:format("~p~n", [proc_lib:start(?MODULE, init, [ok], infinity, [{fullsweep_after, 10}])]),
    process_flag(trap_exit, true),
    io:format("~p~n", [proc_lib:start_link(?MODULE, init, [ok], infinity, [])]),
    [io:format("~p~n", [catch F()]) || F <- [
        fun() -> proc_lib:start(?MODULE, init, [ok], 100, [monitor]) end,
        fun() -> proc_lib:start_link(?MODULE, init, [ok], 100, [{monitor, []}]) end,
        fun() -> proc_lib:start_monitor(?MODULE, init, [ok], 100, [monitor]) end]],
    ok.
