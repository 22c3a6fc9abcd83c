#!/usr/bin/env escript
-module(sup_one_for_all_fail).
-export([main/1, init/1, start_w/2]).
-mode(compile).
%% Exercises: one_for_all where a sibling fails to start during the group
%% restart: start_error report, the supervisor tries again (through its
%% mailbox) and all children end up running.

init(Tab) -> {ok, {{one_for_all, 10, 60}, [#{id => Id, start => {?MODULE, start_w, [Id, Tab]}} || Id <- [x, y, z]]}}.

start_w(Id, Tab) ->
    case ets:lookup(Tab, Id) of
        [{Id, N}] when N > 0 -> ets:insert(Tab, {Id, N - 1}), {error, {flaky, Id, N}};
        _ -> {ok, reg(Id, spawn_link(fun() -> receive X -> exit(X) end end))}
    end.

main(_) ->
    Tab = ets:new(t, [public]),
    {ok, S} = supervisor:start_link(?MODULE, Tab),
    ets:insert(Tab, {z, 2}),
    x ! crash,
    timer:sleep(100),
    io:format("~p~n", [[{Id, is_pid(P)} || {Id, P, _, _} <- supervisor:which_children(S)]]),
    ets:insert(Tab, {x, 1}),
    y ! crash,
    timer:sleep(100),
    io:format("~p~n", [[{Id, is_pid(P)} || {Id, P, _, _} <- supervisor:which_children(S)]]),
    io:format("~p~n", [supervisor:count_children(S)]),
    unlink(S), exit(S, kill).

%% Registered by the start function (in the supervisor), so the name is
%% there as soon as the start returns.
reg(Name, Pid) -> register(Name, Pid), Pid.
