#!/usr/bin/env escript
-module(ap_start_stop).
-behaviour(application).
-export([main/1, start/2, prep_stop/1, stop/1, top/0]).
-mode(compile).
%% Exercises: starting and stopping an application with a callback module: the
%% start type and arguments, get_application/0 inside start/2, prep_stop and stop
%% with the state, the top process shut down, the "exited: stopped" report

main(_) ->
    P = fun(X) -> io:format("~p~n", [X]) end,
    ok = application:load({application, ass, [{description, "start stop"}, {vsn, "1"},
                                              {mod, {?MODULE, my_args}}]}),
    P(application:start(ass)),
    P(application:which_applications()),
    Top = whereis(ass_top),
    P(is_process_alive(Top)),
    R = application:stop(ass),
    timer:sleep(50),
    P(R),
    P(is_process_alive(Top)),
    P(application:which_applications()),
    R2 = application:stop(ass),
    P(R2),
    io:format("done~n").

start(Type, Args) ->
    io:format("start(~p, ~p), get_application: ~p~n", [Type, Args, application:get_application()]),
    Top = spawn_link(?MODULE, top, []),
    register(ass_top, Top),
    {ok, Top, {state, Args}}.

prep_stop(State) ->
    io:format("prep_stop(~p)~n", [State]),
    {prepped, State}.

stop(State) ->
    io:format("stop(~p)~n", [State]).

top() ->
    process_flag(trap_exit, true),
    receive
        {'EXIT', _, Reason} -> io:format("top exits: ~p~n", [Reason]), exit(Reason)
    end.
