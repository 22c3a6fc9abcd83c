#!/usr/bin/env escript
-module(sup_restart_fails).
-export([main/1, init/1, start_w/1]).
-mode(compile).
%% Exercises: a restart whose start fails: start_error report, the supervisor
%% tries again (counting each try against the intensity) until the start
%% succeeds; with too many failures it gives up with reached_max_restart_intensity.

init(Tab) -> {ok, {{one_for_one, 5, 60}, [#{id => f, start => {?MODULE, start_w, [Tab]}}]}}.

%% Fails while the counter in the table is positive.
start_w(Tab) ->
    case ets:update_counter(Tab, fails, -1) of
        N when N >= 0 -> {error, {not_yet, N}};
        _ -> {ok, reg(rf_child, spawn_link(fun() -> receive _ -> ok end end))}
    end.

main(_) ->
    Tab = ets:new(t, [public]),
    ets:insert(Tab, {fails, 0}),
    {ok, S} = supervisor:start_link({local, rf_sup}, ?MODULE, Tab),
    unlink(S),
    ets:insert(Tab, {fails, 2}),
    exit(whereis(rf_child), first),
    timer:sleep(100),
    io:format("~p~n", [[{Id, is_pid(P)} || {Id, P, _, _} <- supervisor:which_children(S)]]),
    ets:insert(Tab, {fails, 10}),
    M = monitor(process, S),
    exit(whereis(rf_child), second),
    receive {'DOWN', M, _, _, R} -> timer:sleep(50), io:format("sup down ~p~n", [R]) end.

%% Registered by the start function (in the supervisor), so the name is
%% there as soon as the start returns.
reg(Name, Pid) -> register(Name, Pid), Pid.
