#!/usr/bin/env escript
-module(lg_crash_reports).
-export([main/1]).
-mode(compile).
%% Exercises: the error report of a crashing process follows logger's configuration:
%% printed at the default level, not when the primary level or the default
%% handler's level excludes errors, not once the default handler is removed

main(_) ->
    crash(1),
    ok = logger:set_primary_config(level, critical),
    crash(2),
    ok = logger:set_primary_config(level, error),
    crash(3),
    ok = logger:set_handler_config(default, level, alert),
    crash(4),
    ok = logger:set_handler_config(default, level, all),
    crash(5),
    ok = logger:set_primary_config(level, none),
    crash(6),
    ok = logger:set_primary_config(level, all),
    ok = logger:remove_handler(default),
    crash(7),
    io:format("done~n").

crash(N) ->
    {P, R} = spawn_monitor(fun() -> error({boom, N}) end),
    receive {'DOWN', R, process, P, _} -> ok end,
    timer:sleep(50),
    io:format("after ~p~n", [N]).
