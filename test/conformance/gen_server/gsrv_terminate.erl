#!/usr/bin/env escript
-module(gsrv_terminate).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2]).
-mode(compile).
%% Exercises: terminate/2: called on {stop, ...} from every callback, on a crash (with
%% {Reason, Stack}), on the parent's exit signal when trapping exits (not when not
%% trapping), not called when the server is killed

init(Trap) -> process_flag(trap_exit, Trap), {ok, Trap}.
handle_call(stop, _From, S) -> {stop, {shutdown, call}, ok, S};
handle_call(crash, _From, _S) -> erlang:error(crashed).
handle_cast(stop, S) -> {stop, shutdown, S}.
handle_info(stop, S) -> {stop, normal, S};
handle_info({'EXIT', _, R}, S) -> io:format("got EXIT ~p~n", [R]), {noreply, S}.
terminate(Reason, S) -> io:format("terminate(~p, ~p)~n", [short(Reason), S]).

short({R, [_ | _]}) -> {R, stack};
short(R) -> R.

main(_) ->
    process_flag(trap_exit, true),
    {ok, P1} = gen_server:start_link(?MODULE, true, []),
    ok = gen_server:call(P1, stop),
    wait(P1),
    {ok, P2} = gen_server:start_link(?MODULE, true, []),
    gen_server:cast(P2, stop),
    wait(P2),
    {ok, P3} = gen_server:start_link(?MODULE, true, []),
    P3 ! stop,
    wait(P3),
    {ok, P4} = gen_server:start_link(?MODULE, false, []),
    catch gen_server:call(P4, crash),
    timer:sleep(50),
    wait(P4),
    {ok, P5} = gen_server:start_link(?MODULE, true, []),
    exit(P5, shutdown),
    wait(P5),
    {ok, P6} = gen_server:start_link(?MODULE, true, []),
    exit(P6, kill),
    wait(P6),
    {ok, P7} = gen_server:start(?MODULE, true, []),
    exit(P7, not_parent),
    timer:sleep(20),
    io:format("alive ~p~n", [is_process_alive(P7)]),
    ok.

wait(P) ->
    receive {'EXIT', P, R} -> io:format("EXIT ~p~n", [short(R)]) end.
