#!/usr/bin/env escript
-module(sup_start_child).
-export([main/1, init/1, start_w/1]).
-mode(compile).
%% Exercises: start_child on a one_for_one supervisor: new child, already
%% started, already present, a failing start ({error, {Reason, Child}}), a bad spec.

init(_) -> {ok, {#{}, []}}.

start_w(ok) -> {ok, spawn_link(fun() -> receive _ -> ok end end)};
start_w(info) -> {ok, spawn_link(fun() -> receive _ -> ok end end), extra_info};
start_w(ignore) -> ignore;
start_w(error) -> {error, no_way};
start_w(weird) -> weird;
start_w(crash) -> error(badness).

spec(Id, How) -> #{id => Id, start => {?MODULE, start_w, [How]}}.

main(_) ->
    {ok, S} = supervisor:start_link({local, sc_sup}, ?MODULE, []),
    {ok, P} = supervisor:start_child(sc_sup, spec(a, ok)),
    io:format("~p~n", [supervisor:start_child(sc_sup, spec(a, ok)) =:= {error, {already_started, P}}]),
    {ok, P2, Info} = supervisor:start_child(sc_sup, spec(b, info)),
    io:format("~p ~p~n", [is_pid(P2), Info]),
    io:format("~p~n", [supervisor:start_child(sc_sup, spec(c, ignore))]),
    io:format("~p~n", [supervisor:start_child(sc_sup, spec(c, ignore))]),
    io:format("~p~n", [supervisor:start_child(sc_sup, (spec(d, ignore))#{restart => temporary})]),
    io:format("~p~n", [supervisor:start_child(sc_sup, spec(e, error))]),
    io:format("~p~n", [supervisor:start_child(sc_sup, spec(f, weird))]),
    {error, {{'EXIT', {badness, [Top | _]}}, _}} = supervisor:start_child(sc_sup, spec(g, crash)),
    io:format("~p~n", [Top]),
    io:format("~p~n", [supervisor:start_child(sc_sup, #{id => h})]),
    io:format("~p~n", [supervisor:start_child(sc_sup, {h, {m, f, []}, permanent, 1, worker})]),
    io:format("~p~n", [supervisor:start_child(sc_sup, [1, 2])]),
    timer:sleep(50),
    io:format("~p~n", [[{Id, is_pid(Pid)} || {Id, Pid, _, _} <- supervisor:which_children(sc_sup)]]),
    io:format("~p~n", [supervisor:count_children(sc_sup)]),
    unlink(S), exit(S, kill).
