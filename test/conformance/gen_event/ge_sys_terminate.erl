#!/usr/bin/env escript
-module(ge_sys_terminate).
-behaviour(gen_event).
-export([main/1]).
-export([init/1, handle_event/2, handle_call/2, terminate/2]).
-mode(compile).
%% Exercises: sys:terminate and proc_lib:stop on a manager; supervised handlers' owners are unlinked

main(_) ->
    process_flag(trap_exit, true),
    {ok, M} = gen_event:start(),
    ok = gen_event:add_sup_handler(M, {?MODULE, 1}, one),
    ok = gen_event:add_handler(M, {?MODULE, 2}, two),
    Ref = monitor(process, M),
    ok = sys:terminate(M, shutdown),
    receive {'DOWN', Ref, process, M, R} -> io:format("down ~p~n", [R]) end,
    flush(),
    io:format("links ~p~n", [process_info(self(), links)]),
    {ok, M2} = gen_event:start_link(),
    ok = gen_event:add_sup_handler(M2, ?MODULE, three),
    ok = proc_lib:stop(M2, {shutdown, done}, 1000),
    timer:sleep(20),
    flush(),
    io:format("done~n").

flush() ->
    receive Msg -> io:format("got ~p~n", [Msg]), flush()
    after 0 -> ok
    end.

init(S) -> {ok, S}.

handle_event(_, S) -> {ok, S}.

handle_call(_, S) -> {ok, ok, S}.

terminate(Arg, S) -> io:format("terminate ~p ~p~n", [Arg, S]).
