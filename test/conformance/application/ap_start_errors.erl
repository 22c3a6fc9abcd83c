#!/usr/bin/env escript
-module(ap_start_errors).
-behaviour(application).
-export([main/1, start/2, stop/1]).
-mode(compile).
%% Exercises: start/1,2 errors: unknown application (no .app file), already
%% started, a bad restart type, missing dependencies, and ensure_started

main(_) ->
    P = fun(X) -> io:format("~p~n", [X]) end,
    P(application:start(ase_nowhere)),
    P(application:load(ase_nowhere)),
    P(application:ensure_started(ase_nowhere)),
    ok = application:load(desc(ase_a, [kernel, stdlib, ase_b])),
    ok = application:load(desc(ase_b, [kernel])),
    P(application:start(ase_a)),
    P(application:start(ase_a, forever)),
    P(application:start(ase_b)),
    P(application:start(ase_b)),
    P(application:ensure_started(ase_b)),
    P(application:start(ase_a, permanent)),
    P(application:ensure_started(ase_a)),
    P([A || {A, _, _} <- application:which_applications()]),
    P(application:unload(ase_a)),
    Rs = [application:stop(ase_a), application:stop(ase_b)],
    timer:sleep(50),
    P(Rs),
    P(application:unload(ase_a)),
    io:format("done~n").

desc(Name, Deps) ->
    {application, Name, [{applications, Deps}, {mod, {?MODULE, Name}}]}.

start(normal, Name) ->
    io:format("starting ~p~n", [Name]),
    {ok, spawn_link(fun() -> receive after infinity -> ok end end)}.

stop(_) -> ok.
