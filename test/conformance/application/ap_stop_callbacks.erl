#!/usr/bin/env escript
-module(ap_stop_callbacks).
-behaviour(application).
-export([main/1, start/2, prep_stop/1, stop/1]).
-mode(compile).
%% Exercises: the stop callbacks: prep_stop's result given to stop/1, prep_stop
%% that crashes (application_master's error report, stop/1 still called with the
%% old state), stop/1 that crashes (ignored), a library application (no mod)

main(_) ->
    register(asc_main, self()),
    lists:foreach(
      fun(Name) ->
              ok = application:load({application, Name, [{mod, {?MODULE, Name}}]}),
              ok = application:start(Name),
              R = application:stop(Name),
              timer:sleep(50),
              io:format("~p stopped: ~p, callbacks: ~p~n", [Name, R, calls()])
      end, [asc_plain, asc_prep_crash, asc_stop_crash]),
    ok = application:load({application, asc_lib, []}),
    ok = application:start(asc_lib),
    R = application:stop(asc_lib),
    timer:sleep(50),
    io:format("asc_lib stopped: ~p~n", [R]),
    io:format("done~n").

start(normal, Name) ->
    {ok, spawn_link(fun() -> receive after infinity -> ok end end), {state, Name}}.

prep_stop({state, asc_prep_crash}) ->
    erlang:error(prep_failed);
prep_stop(State) ->
    asc_main ! {call, {prep_stop, State}},
    {prepped, State}.

stop({prepped, {state, asc_stop_crash}} = S) ->
    asc_main ! {call, {stop, S}},
    exit(stop_failed);
stop(State) ->
    asc_main ! {call, {stop, State}}.

%% The callbacks report by message (their output would race with the reports).
calls() ->
    receive {call, C} -> [C | calls()] after 0 -> [] end.
