#!/usr/bin/env escript
-module(sup_bad_flags).
-export([main/1, init/1]).
-mode(compile).
%% Exercises: invalid supervisor flags: start_link returns
%% {error, {supervisor_data, Error}} (tuple and map flags).

init(Flags) -> {ok, {Flags, []}}.

try_flags(F) ->
    process_flag(trap_exit, true),
    Res = supervisor:start_link(?MODULE, F),
    timer:sleep(30),
    io:format("~p -> ~p~n", [F, Res]),
    receive {'EXIT', _, R} -> io:format("  exit ~p~n", [R]) after 20 -> ok end.

main(_) ->
    [try_flags(F) || F <- [{one_for_one, 1, 5},
                           {one_for_two, 1, 5},
                           {one_for_all, -1, 5},
                           {rest_for_one, 1, 0},
                           {one_for_one, a, b},
                           {one_for_one, 1},
                           foo,
                           #{},
                           #{strategy => simple},
                           #{intensity => 1.0},
                           #{period => infinity},
                           #{auto_shutdown => sometimes},
                           #{auto_shutdown => any_significant, period => 1},
                           #{strategy => one_for_all, bogus => 1}]],
    ok.
