#!/usr/bin/env escript
-module(gsrv_start_link).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2]).
-mode(compile).
%% Exercises: start_link/3,4 and start_monitor/3,4: links and monitors to the caller,
%% {ok, {Pid, Ref}}, the 'DOWN' of a failed start_monitor, the {timeout, T} option
%% for a slow init, {spawn_opt, Opts}

init(slow) -> timer:sleep(300), {ok, slow};
init(fail) -> {stop, failing};
init(S) -> {ok, S}.
handle_call(get, _From, S) -> {reply, S, S}.
handle_cast(_, S) -> {noreply, S}.

main(_) ->
    process_flag(trap_exit, true),
    {ok, P} = gen_server:start_link(?MODULE, linked, []),
    io:format("~p~n", [lists:member(P, element(2, process_info(self(), links)))]),
    {ok, P2} = gen_server:start_link({local, gsrv_sl}, ?MODULE, named, [{spawn_opt, [{priority, normal}]}]),
    io:format("~p ~p~n", [whereis(gsrv_sl) =:= P2, gen_server:call(gsrv_sl, get)]),
    {ok, {P3, Ref}} = gen_server:start_monitor(?MODULE, monitored, []),
    io:format("~p ~p~n", [is_reference(Ref), gen_server:call(P3, get)]),
    {ok, {P4, _}} = gen_server:start_monitor({local, gsrv_sm}, ?MODULE, named_mon, []),
    io:format("~p~n", [whereis(gsrv_sm) =:= P4]),
    SM = gen_server:start_monitor(?MODULE, fail, []),
    timer:sleep(50),
    io:format("~p~n", [SM]),
    io:format("~p~n", [process_info(self(), message_queue_len)]),
    SL = gen_server:start_link(?MODULE, fail, []),
    receive {'EXIT', _, R} -> timer:sleep(50), io:format("~p~nEXIT ~p~n", [SL, R]) end,
    io:format("~p~n", [gen_server:start(?MODULE, slow, [{timeout, 50}])]),
    io:format("~p~n", [gen_server:start_link(?MODULE, slow, [{timeout, 50}])]),
    timer:sleep(20),
    io:format("~p~n", [process_info(self(), message_queue_len)]),
    exit(P, kill),
    receive {'EXIT', P, R5} -> io:format("EXIT ~p~n", [R5]) end,
    gen_server:stop(P3),
    receive {'DOWN', Ref, process, P3, R6} -> io:format("DOWN ~p~n", [R6]) end,
    ok.
