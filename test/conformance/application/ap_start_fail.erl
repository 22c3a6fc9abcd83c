#!/usr/bin/env escript
-module(ap_start_fail).
-behaviour(application).
-export([main/1, start/2, stop/1]).
-mode(compile).
%% Exercises: an application whose start/2 fails: {error, R}, a bad return, exit
%% normal, a crash: start's return value, the master's crash report, the "exited"
%% report, and that the application is not running afterwards

main(_) ->
    lists:foreach(fun try_start/1, [asf_error, asf_bad_return, asf_exit_normal, asf_crash]),
    io:format("~p~n", [[A || {A, _, _} <- application:which_applications()]]),
    io:format("done~n").

try_start(Name) ->
    ok = application:load({application, Name, [{mod, {?MODULE, Name}}]}),
    R = application:start(Name),
    timer:sleep(50),
    io:format("~p: ~p~n", [Name, R]).

start(normal, asf_error) -> {error, {not_today, 1}};
start(normal, asf_bad_return) -> {strange, return};
start(normal, asf_exit_normal) -> exit(normal);
start(normal, asf_crash) -> erlang:error(oops).

stop(_) -> ok.
