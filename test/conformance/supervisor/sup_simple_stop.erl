#!/usr/bin/env escript
-module(sup_simple_stop).
-export([main/1, init/1, start_w/1]).
-mode(compile).
%% Exercises: stopping a simple_one_for_one supervisor: all children are told
%% at once; children ending with an unexpected reason are reported once per
%% reason with nb_children; stubborn ones are killed after the shutdown time.

init(Shutdown) -> {ok, {#{strategy => simple_one_for_one},
                        [#{id => d, start => {?MODULE, start_w, []}, shutdown => Shutdown}]}}.

start_w(How) ->
    {ok, spawn_link(fun() -> process_flag(trap_exit, true), loop(How) end)}.

loop(How) ->
    receive
        {'EXIT', _, _} when How =:= stubborn -> loop(How);
        {'EXIT', _, R} when How =:= obey -> exit(R);
        {'EXIT', _, _} -> exit(How)
    end.

stop(S) ->
    unlink(S),
    M = monitor(process, S),
    exit(S, shutdown),
    receive {'DOWN', M, _, _, R} -> timer:sleep(50), io:format("sup down ~p~n", [R]) end.

main(_) ->
    {ok, S} = supervisor:start_link(?MODULE, 200),
    [{ok, _} = supervisor:start_child(S, [H]) || H <- [obey, obey, odd, odd, odd, stubborn, stubborn, other]],
    io:format("~p~n", [supervisor:count_children(S)]),
    stop(S),
    {ok, S2} = supervisor:start_link(?MODULE, brutal_kill),
    [{ok, _} = supervisor:start_child(S2, [H]) || H <- [obey, stubborn]],
    stop(S2),
    {ok, S3} = supervisor:start_link(?MODULE, infinity),
    [{ok, _} = supervisor:start_child(S3, [H]) || H <- [obey, obey]],
    stop(S3).
