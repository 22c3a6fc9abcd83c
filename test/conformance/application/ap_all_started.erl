#!/usr/bin/env escript
-module(ap_all_started).
-behaviour(application).
-export([main/1, start/2, stop/1]).
-mode(compile).
%% Exercises: ensure_all_started/1,2: dependencies started first and listed in the
%% order they started, applications already running left out, optional
%% applications, library applications (no mod), and a failing dependency

main(_) ->
    P = fun(X) -> io:format("~p~n", [X]) end,
    ok = application:load(desc(aas_top, [kernel, stdlib, aas_mid, aas_lib], [])),
    ok = application:load(desc(aas_mid, [kernel, aas_base], [])),
    ok = application:load(desc(aas_base, [kernel, aas_opt], [aas_opt])),
    ok = application:load({application, aas_lib, [{description, "library"}]}),
    P(application:ensure_all_started(aas_top)),
    P(application:ensure_all_started(aas_top)),
    P([A || {A, _, _} <- application:which_applications()]),
    ok = application:load(desc(aas_bad, [kernel, aas_fails], [])),
    ok = application:load(desc(aas_fails, [kernel], [])),
    R = application:ensure_all_started(aas_bad, temporary),
    timer:sleep(50),
    P(R),
    P(application:ensure_all_started(aas_missing)),
    P([A || {A, _, _} <- application:which_applications()]),
    io:format("done~n").

desc(Name, Deps, Optional) ->
    {application, Name, [{applications, Deps}, {optional_applications, Optional},
                         {mod, {?MODULE, Name}}]}.

start(normal, aas_fails) ->
    {error, no_way};
start(normal, Name) ->
    io:format("starting ~p~n", [Name]),
    {ok, spawn_link(fun() -> receive after infinity -> ok end end)}.

stop(_) -> ok.
