#!/usr/bin/env escript
-module(ge_supervised).
-behaviour(gen_event).
-export([main/1]).
-export([init/1, handle_event/2, handle_call/2, terminate/2]).
-mode(compile).
%% Exercises: a manager as a supervisor's child (modules dynamic): which_children, count_children, shutdown

main(_) ->
    process_flag(trap_exit, true),
    {ok, Sup} = supervisor:start_link(?MODULE, sup),
    [{mgr, M, worker, Mods}] = supervisor:which_children(Sup),
    io:format("~p ~p~n", [is_pid(M), Mods]),
    io:format("~p~n", [whereis(ge_supervised_mgr) =:= M]),
    ok = gen_event:add_handler(ge_supervised_mgr, ?MODULE, first),
    io:format("~p~n", [gen_event:which_handlers(ge_supervised_mgr)]),
    io:format("~p~n", [supervisor:count_children(Sup)]),
    ok = gen_event:add_handler(ge_supervised_mgr, ?MODULE, second),
    ok = gen_event:add_handler(ge_supervised_mgr, {?MODULE, 2}, third),
    exit(Sup, shutdown),
    receive {'EXIT', Sup, R2} -> io:format("supervisor exit ~p~n", [R2]) end,
    io:format("~p~n", [whereis(ge_supervised_mgr)]),
    io:format("done~n").

%% (supervisor's init/1 and the handler's share the function; no -behaviour(supervisor):
%% two behaviours with an init/1 give a compiler warning)
init(sup) ->
    {ok, {#{strategy => one_for_one, intensity => 1, period => 5},
          [#{id => mgr, start => {gen_event, start_link, [{local, ge_supervised_mgr}]},
             modules => dynamic}]}};
init(S) ->
    {ok, S}.

handle_event(_, S) -> {ok, S}.

handle_call(_, S) -> {ok, ok, S}.

terminate(Arg, S) -> io:format("terminate ~p ~p~n", [Arg, S]).
