#!/usr/bin/env escript
-module(plib_start_ack).
-export([main/1, init/2]).
-mode(compile).
%% Exercises: proc_lib:start/3,4 and start_link/3,4 with init_ack/1,2: the value
%% returned, {error, Reason} when the process dies first, {error, timeout} (the
%% process is killed), an ack from init_ack/2 with an explicit parent

init(Parent, How) ->
    case How of
        ack1 -> proc_lib:init_ack({ok, self()}), loop();
        ack2 -> proc_lib:init_ack(Parent, {started, 2}), loop();
        plain -> proc_lib:init_ack(anything), loop();
        die -> exit(before_ack);
        crash -> erlang:error(oops);
        slow -> timer:sleep(1000), proc_lib:init_ack(late)
    end.

loop() -> receive stop -> ok end.

main(_) ->
    process_flag(trap_exit, true),
    {ok, P} = proc_lib:start(?MODULE, init, [self(), ack1]),
    io:format("ack1 ~p~n", [is_pid(P)]),
    io:format("~p~n", [proc_lib:start(?MODULE, init, [self(), ack2])]),
    io:format("~p~n", [proc_lib:start_link(?MODULE, init, [self(), plain])]),
    show(proc_lib:start(?MODULE, init, [self(), die])),
    show(proc_lib:start_link(?MODULE, init, [self(), die], 1000)),
    {error, {oops, [Top | _]}} = proc_lib:start(?MODULE, init, [self(), crash]),
    timer:sleep(50),
    io:format("crash ~p~n", [Top]),
    io:format("~p~n", [proc_lib:start(?MODULE, init, [self(), slow], 50)]),
    io:format("~p~n", [proc_lib:start_link(?MODULE, init, [self(), slow], 50)]),
    timer:sleep(20),
    io:format("~p~n", [[M || {'EXIT', _, M} <- element(2, process_info(self(), messages))]]),
    ok.

%% the crash report of a process that died is printed first (OTP's logger is
%% asynchronous)
show(R) ->
    timer:sleep(50),
    io:format("~p~n", [R]).
