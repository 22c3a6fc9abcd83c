#!/usr/bin/env escript
-module(sup_nested).
-export([main/1, init/1, start_w/1]).
-mode(compile).
%% Exercises: a supervisor tree: a child supervisor whose intensity is reached
%% shuts down and is restarted by its parent (two reports, then a fresh subtree).

init(top) ->
    {ok, {{one_for_one, 2, 60},
          [#{id => leaf, start => {?MODULE, start_w, [top_leaf]}},
           #{id => mid, start => {supervisor, start_link, [{local, sn_mid}, ?MODULE, mid]}, type => supervisor}]}};
init(mid) ->
    {ok, {{one_for_one, 0, 60}, [#{id => inner, start => {?MODULE, start_w, [inner]}}]}}.

start_w(Name) -> {ok, reg(Name, spawn_link(fun() -> receive _ -> ok end end))}.

main(_) ->
    {ok, Top} = supervisor:start_link({local, sn_top}, ?MODULE, top),
    Mid = whereis(sn_mid),
    io:format("~p~n", [[{Id, T} || {Id, _, T, _} <- supervisor:which_children(Top)]]),
    io:format("~p~n", [supervisor:get_childspec(Top, mid)]),
    exit(whereis(inner), broken),
    timer:sleep(100),
    Mid2 = whereis(sn_mid),
    io:format("new mid ~p, inner ~p~n", [is_pid(Mid2) andalso Mid2 =/= Mid, is_pid(whereis(inner))]),
    io:format("~p~n", [supervisor:count_children(Top)]),
    unlink(Top),
    M = monitor(process, Top),
    exit(Top, shutdown),
    receive {'DOWN', M, _, _, R} -> io:format("top ~p~n", [R]) end,
    io:format("~p~n", [[whereis(N) || N <- [sn_mid, inner, top_leaf]]]).

%% Registered by the start function (in the supervisor), so the name is
%% there as soon as the start returns.
reg(Name, Pid) -> register(Name, Pid), Pid.
