#!/usr/bin/env escript
-module(ge_sup_handler_owner).
-behaviour(gen_event).
-export([main/1]).
-export([init/1, handle_event/2, handle_call/2, handle_info/2, terminate/2]).
-mode(compile).
%% Exercises: the process that added a supervised handler dies: terminate({stop, Reason}, S)

main(_) ->
    {ok, M} = gen_event:start(),
    ok = gen_event:add_handler(M, {?MODULE, watcher}, watcher),
    Self = self(),
    {Owner, Ref} = spawn_monitor(fun() ->
        ok = gen_event:add_sup_handler(M, {?MODULE, sup1}, sup1),
        ok = gen_event:add_sup_handler(M, {?MODULE, sup2}, sup2),
        Self ! added,
        receive Reason -> exit(Reason) end
    end),
    receive added -> ok end,
    io:format("~p~n", [gen_event:which_handlers(M)]),
    Owner ! going_away,
    receive {'DOWN', Ref, process, Owner, R} -> ok end,
    ok = gen_event:sync_notify(M, sync),
    io:format("owner down ~p~n", [R]),
    io:format("~p~n", [gen_event:which_handlers(M)]),
    %% a normal exit of the owner also removes its handlers
    {Owner2, Ref2} = spawn_monitor(fun() ->
        ok = gen_event:add_sup_handler(M, ?MODULE, plain)
    end),
    receive {'DOWN', Ref2, process, Owner2, R2} -> ok end,
    ok = gen_event:sync_notify(M, sync),
    io:format("owner down ~p~n", [R2]),
    io:format("~p~n", [gen_event:which_handlers(M)]),
    ok = gen_event:stop(M),
    io:format("done~n").

init(S) -> {ok, S}.

handle_event(_, S) -> {ok, S}.

handle_call(_, S) -> {ok, ok, S}.

handle_info({'EXIT', _Pid, Reason}, S) ->
    io:format("~p sees EXIT ~p~n", [S, Reason]),
    {ok, S};
handle_info(Other, S) ->
    io:format("~p sees ~p~n", [S, Other]),
    {ok, S}.

terminate(Arg, S) ->
    io:format("terminate ~p ~p~n", [Arg, S]).
