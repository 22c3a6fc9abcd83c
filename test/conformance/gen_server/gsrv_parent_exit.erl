#!/usr/bin/env escript
-module(gsrv_parent_exit).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2, starter/2]).
-mode(compile).
%% Exercises: the parent's exit: a trapping server runs terminate/2 with the parent's
%% reason (report unless normal/shutdown), an 'EXIT' from a process that is not the
%% parent goes to handle_info/2, a non-trapping server just dies

init(Trap) -> process_flag(trap_exit, Trap), {ok, Trap}.
handle_call(_, _From, S) -> {reply, S, S}.
handle_cast(_, S) -> {noreply, S}.
handle_info(Msg, S) -> io:format("handle_info ~p~n", [Msg]), {noreply, S}.
terminate(Reason, _S) -> io:format("terminate ~p~n", [Reason]).

starter(Trap, Main) ->
    {ok, P} = gen_server:start_link(?MODULE, Trap, []),
    Main ! {server, P},
    receive {die, Reason} -> exit(Reason) end.

main(_) ->
    [run(Trap, Reason) || {Trap, Reason} <- [{true, shutdown}, {true, boom}, {false, boom}]],
    {ok, P} = gen_server:start(?MODULE, true, []),
    Other = spawn(fun() -> receive go -> exit(other_reason) end end),
    gen_server:call(P, link_please),
    link_other(P, Other),
    Other ! go,
    timer:sleep(50),
    io:format("~p~n", [is_process_alive(P)]),
    ok.

link_other(P, Other) ->
    sys:replace_state(P, fun(S) -> link(Other), S end).

run(Trap, Reason) ->
    S = spawn(?MODULE, starter, [Trap, self()]),
    receive {server, P} -> ok end,
    M = monitor(process, P),
    S ! {die, Reason},
    receive {'DOWN', M, _, _, R} -> timer:sleep(100), io:format("~p ~p: ~p~n", [Trap, Reason, R]) end.
