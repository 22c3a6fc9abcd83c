#!/usr/bin/env escript
-module(sup_code_change).
-export([main/1, init/1, start_w/0]).
-mode(compile).
%% Exercises: code_change through sys:change_code: the supervisor calls init/1
%% again with its original argument and takes the new flags and specs (running
%% children keep their pids, new ids are added as not running, ids missing from
%% the new specs are kept); invalid new flags or specs give an error.

init(Tab) ->
    [{version, V}] = ets:lookup(Tab, version),
    spec(V).

spec(1) -> {ok, {{one_for_one, 1, 5}, [w(a, 100), w(b, 100)]}};
spec(2) -> {ok, {#{strategy => one_for_all, intensity => 7}, [w(b, 2000), w(c, brutal_kill)]}};
spec(3) -> {ok, {{one_for_none, 1, 5}, []}};
spec(4) -> {ok, {{one_for_one, 1, 5}, [w(a, never)]}};
spec(5) -> ignore;
spec(6) -> {error, no_thanks};
spec(7) -> {ok, {bad_flags, []}}.

w(Id, Shutdown) -> #{id => Id, start => {?MODULE, start_w, []}, shutdown => Shutdown}.

start_w() -> {ok, spawn_link(fun() -> receive _ -> ok end end)}.

change(S, Tab, V) ->
    ets:insert(Tab, {version, V}),
    ok = sys:suspend(S),
    R = sys:change_code(S, ?MODULE, old, extra),
    ok = sys:resume(S),
    io:format("~p: ~p~n", [V, R]).

main(_) ->
    Tab = ets:new(t, [public]),
    ets:insert(Tab, {version, 1}),
    {ok, S} = supervisor:start_link(?MODULE, Tab),
    Before = supervisor:which_children(S),
    change(S, Tab, 2),
    After = supervisor:which_children(S),
    io:format("~p~n", [[{Id, is_pid(P), lists:keyfind(Id, 1, Before) =:= {Id, P, T, M}} || {Id, P, T, M} <- After]]),
    [io:format("~p~n", [supervisor:get_childspec(S, Id)]) || Id <- [a, b, c]],
    {ok, _} = supervisor:restart_child(S, c),
    [change(S, Tab, V) || V <- [3, 4, 5, 6, 7]],
    io:format("~p~n", [[{Id, is_pid(P)} || {Id, P, _, _} <- supervisor:which_children(S)]]),
    unlink(S), exit(S, kill).
