#!/usr/bin/env escript
-module(sup_storm).
-export([main/1, init/1, start_w/1]).
-mode(compile).
%% Exercises: a supervisor storm (small): 100 workers, 100 random kills (rand
%% with a fixed seed) within the restart intensity: all 100 children are back;
%% one kill more and the supervisor shuts down as OTP's does.

-define(WORKERS, 100).
-define(KILLS, 100).

init(_) ->
    {ok, {#{strategy => one_for_one, intensity => ?KILLS, period => 3600},
          [#{id => I, start => {?MODULE, start_w, [I]}, shutdown => brutal_kill}
           || I <- lists:seq(1, ?WORKERS)]}}.

name(I) -> list_to_atom("storm_w" ++ integer_to_list(I)).

%% Runs in the supervisor: the name is registered before the start returns.
start_w(I) ->
    Pid = spawn_link(fun() -> receive _ -> ok end end),
    register(name(I), Pid),
    {ok, Pid}.

%% Kills worker I and waits until the supervisor has restarted it.
kill(S, I) ->
    Pid = whereis(name(I)),
    M = monitor(process, Pid),
    exit(Pid, kill),
    receive {'DOWN', M, _, _, killed} -> ok end,
    {ok, _} = supervisor:get_childspec(S, I).

main(_) ->
    rand:seed(exsss, {17, 42, 2026}),
    {ok, S} = supervisor:start_link({local, storm_sup}, ?MODULE, []),
    unlink(S),
    Victims = [rand:uniform(?WORKERS) || _ <- lists:seq(1, ?KILLS)],
    [kill(S, I) || I <- Victims],
    timer:sleep(100),
    io:format("victims ~w~n", [erlang:phash2(Victims)]),
    io:format("~p~n", [supervisor:count_children(S)]),
    Alive = [I || I <- lists:seq(1, ?WORKERS), is_pid(whereis(name(I)))],
    io:format("alive ~p~n", [length(Alive)]),
    M = monitor(process, S),
    Last = rand:uniform(?WORKERS),
    exit(whereis(name(Last)), kill),
    receive {'DOWN', M, _, _, R} -> ok end,
    timer:sleep(100),
    io:format("last ~p, supervisor ~p~n", [Last, R]),
    io:format("alive ~p~n", [length([I || I <- lists:seq(1, ?WORKERS), is_pid(whereis(name(I)))])]).
