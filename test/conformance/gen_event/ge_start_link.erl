#!/usr/bin/env escript
-module(ge_start_link).
-behaviour(gen_event).
-export([main/1]).
-export([init/1, handle_event/2, handle_call/2, handle_info/2, terminate/2]).
-mode(compile).
%% Exercises: start_link and start_monitor: links, monitors, the parent's exit stops the handlers

main(_) ->
    process_flag(trap_exit, true),
    {ok, L} = gen_event:start_link(),
    io:format("linked ~p~n", [lists:member(L, element(2, process_info(self(), links)))]),
    io:format("trap ~p~n", [process_info(L, trap_exit)]),
    ok = gen_event:stop(L),
    receive {'EXIT', L, R0} -> io:format("exit ~p~n", [R0]) end,
    {ok, {Mon, Ref}} = gen_event:start_monitor(),
    io:format("~p ~p~n", [is_pid(Mon), is_reference(Ref)]),
    ok = gen_event:stop(Mon, {shutdown, bye}, infinity),
    receive {'DOWN', Ref, process, Mon, R1} -> io:format("down ~p~n", [R1]) end,
    {ok, {_, Ref2}} = gen_event:start_monitor({local, ge_start_link_m}),
    {error, {already_started, P3}} = gen_event:start_monitor({local, ge_start_link_m}, []),
    io:format("~p ~p~n", [P3 =:= whereis(ge_start_link_m), is_reference(Ref2)]),
    ok = gen_event:stop(ge_start_link_m),
    Self = self(),
    %% a manager started by another process stops when that parent exits
    Parent = spawn(fun() ->
        {ok, P} = gen_event:start_link({local, ge_start_link_child}, []),
        ok = gen_event:add_handler(P, ?MODULE, child),
        Self ! {started, P},
        receive Why -> exit(Why) end
    end),
    P = receive {started, Pid} -> Pid end,
    MRef = monitor(process, P),
    Parent ! shutdown,
    receive {'DOWN', MRef, process, P, R2} -> io:format("child manager down ~p~n", [R2]) end,
    io:format("~p~n", [whereis(ge_start_link_child)]),
    io:format("done~n").

init(S) -> {ok, S}.
handle_event(_, S) -> {ok, S}.
handle_call(_, S) -> {ok, ok, S}.
handle_info(I, S) ->
    io:format("info ~p~n", [I]),
    {ok, S}.
terminate(Arg, S) ->
    io:format("terminate ~p ~p~n", [Arg, S]).
