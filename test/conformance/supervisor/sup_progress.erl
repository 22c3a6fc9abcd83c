#!/usr/bin/env escript
-module(sup_progress).
-export([main/1, init/1, start_w/0]).
-mode(compile).
%% Exercises: PROGRESS REPORTs: not printed at the default primary level
%% (notice); printed for each started child (and restart) once the level is
%% info; the supervisor's own start by its parent is not a child start.

init(top) -> {ok, {{one_for_one, 1, 5}, [#{id => w1, start => {?MODULE, start_w, []}},
                                         #{id => s1, start => {supervisor, start_link, [?MODULE, sub]},
                                           type => supervisor}]}};
init(sub) -> {ok, {{one_for_one, 1, 5}, [#{id => inner, start => {?MODULE, start_w, []}}]}}.

start_w() -> {ok, spawn_link(fun() -> receive _ -> ok end end)}.

main(_) ->
    {ok, S1} = supervisor:start_link({local, quiet_sup}, ?MODULE, top),
    timer:sleep(30),
    io:format("nothing above~n"),
    ok = logger:set_primary_config(level, info),
    {ok, S2} = supervisor:start_link({local, loud_sup}, ?MODULE, top),
    timer:sleep(50),
    {w1, W, _, _} = lists:keyfind(w1, 1, supervisor:which_children(loud_sup)),
    exit(W, kill),
    timer:sleep(50),
    {ok, _} = supervisor:start_child(loud_sup, #{id => w2, start => {?MODULE, start_w, []}, restart => temporary}),
    timer:sleep(50),
    ok = logger:set_primary_config(level, notice),
    [begin unlink(S), exit(S, kill) end || S <- [S1, S2]],
    ok.
