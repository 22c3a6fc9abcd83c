#!/usr/bin/env escript
-module(ap_top_dies).
-behaviour(application).
-export([main/1, start/2, stop/1]).
-mode(compile).
%% Exercises: the top process of a running application ends: temporary with a
%% crash reason (the master's crash report, stop/1 called, "exited" report) and
%% transient with reason normal (no crash report); the application is gone after

main(_) ->
    ok = application:load({application, atd_temp, [{mod, {?MODULE, atd_temp}}]}),
    ok = application:load({application, atd_trans, [{mod, {?MODULE, atd_trans}}]}),
    ok = application:start(atd_temp),
    atd_temp_top ! {die, {bad, thing}},
    timer:sleep(100),
    io:format("running: ~p~n", [[A || {A, _, _} <- application:which_applications()]]),
    ok = application:start(atd_trans, transient),
    atd_trans_top ! {die, normal},
    timer:sleep(100),
    io:format("running: ~p~n", [[A || {A, _, _} <- application:which_applications()]]),
    R = application:start(atd_temp),
    timer:sleep(50),
    io:format("restart: ~p~n", [R]),
    io:format("done~n").

start(normal, Name) ->
    Top = spawn_link(fun() -> receive {die, Reason} -> exit(Reason) end end),
    register(list_to_atom(atom_to_list(Name) ++ "_top"), Top),
    {ok, Top, Name}.

stop(Name) ->
    io:format("stop(~p)~n", [Name]).
