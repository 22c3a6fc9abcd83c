#!/usr/bin/env escript
-module(sup_intensity_zero).
-export([main/1, init/1, start_w/0]).
-mode(compile).
%% Exercises: intensity 0: the first crash shuts the supervisor down; all
%% other children are terminated first (shutdown, no report for them).

init(_) -> {ok, {#{intensity => 0}, [#{id => I, start => {?MODULE, start_w, []}} || I <- [x, y, z]]}}.

start_w() -> {ok, spawn_link(fun() -> receive _ -> ok end end)}.

main(_) ->
    process_flag(trap_exit, true),
    {ok, S} = supervisor:start_link(?MODULE, []),
    Kids = [P || {_, P, _, _} <- supervisor:which_children(S)],
    Ms = [monitor(process, P) || P <- Kids],
    exit(lists:nth(2, Kids), oops),
    R = receive {'EXIT', S, R0} -> R0 end,
    Downs = [receive {'DOWN', M, _, P, Why} -> {P, Why} end || {M, P} <- lists:zip(Ms, Kids)],
    timer:sleep(50),
    io:format("sup exit: ~p~n~p~n", [R, Downs]).
