#!/usr/bin/env escript
-module(ap_which_loaded).
-behaviour(application).
-export([main/1, start/2, stop/1]).
-mode(compile).
%% Exercises: which_applications/0,1 (most recently started first, then stdlib and
%% kernel) and loaded_applications/0 as applications are loaded, started, stopped
%% and unloaded

main(_) ->
    P = fun(X) -> io:format("~p~n", [X]) end,
    P(application:which_applications()),
    P(lists:sort(application:loaded_applications())),
    [ok = application:load({application, N, [{description, atom_to_list(N)}, {vsn, "1"},
                                              {mod, {?MODULE, N}}]})
     || N <- [awl_one, awl_two, awl_three]],
    P(lists:sort(application:loaded_applications())),
    [ok = application:start(N) || N <- [awl_two, awl_one, awl_three]],
    P(application:which_applications()),
    P(application:which_applications(5000)),
    R = application:stop(awl_one),
    timer:sleep(50),
    P(R),
    P(application:which_applications()),
    ok = application:start(awl_one, permanent),
    P([A || {A, _, _} <- application:which_applications()]),
    P(application:unload(awl_one)),
    Rs = [application:stop(N) || N <- [awl_one, awl_two, awl_three]],
    timer:sleep(50),
    P(Rs),
    P([application:unload(N) || N <- [awl_one, awl_two, awl_three]]),
    P(lists:sort(application:loaded_applications())),
    io:format("done~n").

start(normal, _) ->
    {ok, spawn_link(fun() -> receive after infinity -> ok end end)}.

stop(_) -> ok.
