#!/usr/bin/env escript
-module(plib_stop_errors).
-export([main/1, init/0, system_continue/3, system_terminate/4]).
-mode(compile).
%% Exercises: proc_lib:stop/3 when the process's system_terminate exits with
%% another reason (the caller exits with it), when the process ignores system
%% messages (timeout), and stop by registered name

init() ->
    register(plib_stop_errors_srv, self()),
    proc_lib:init_ack(ok),
    loop().

loop() ->
    receive
        {system, From, Req} -> sys:handle_system_msg(Req, From, self(), ?MODULE, [], x);
        deaf -> deaf()
    end.

deaf() -> receive never -> ok end.

system_continue(_, _, _) -> loop().
system_terminate(normal, _, _, _) -> exit(changed_reason);
system_terminate(Reason, _, _, _) -> exit(Reason).

main(_) ->
    ok = proc_lib:start(?MODULE, init, []),
    P = whereis(plib_stop_errors_srv),
    R = (catch proc_lib:stop(plib_stop_errors_srv)),
    timer:sleep(100),
    io:format("~p ~p~n", [R, is_process_alive(P)]),
    ok = proc_lib:start(?MODULE, init, []),
    P2 = whereis(plib_stop_errors_srv),
    P2 ! deaf,
    io:format("~p~n", [catch proc_lib:stop(P2, normal, 50)]),
    io:format("~p~n", [is_process_alive(P2)]),
    exit(P2, kill),
    ok.
