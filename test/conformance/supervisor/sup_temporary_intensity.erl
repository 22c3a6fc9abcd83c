#!/usr/bin/env escript
-module(sup_temporary_intensity).
-export([main/1, init/1, start_w/1]).
-mode(compile).
%% Exercises: crashes of temporary children (and clean ends of transient ones)
%% restart nothing and do not count against the restart intensity.

init(_) -> {ok, {{one_for_one, 1, 3600}, [#{id => perm, start => {?MODULE, start_w, [perm]}}]}}.

start_w(Name) -> {ok, reg(Name, spawn_link(fun() -> receive X -> exit(X) end end))}.

main(_) ->
    {ok, S} = supervisor:start_link({local, ti_sup}, ?MODULE, []),
    unlink(S),
    [begin
         {ok, _} = supervisor:start_child(S, #{id => {t, I}, start => {?MODULE, start_w, [t]}, restart => temporary}),
         t ! {crash, I},
         timer:sleep(10)
     end || I <- [1, 2, 3]],
    [begin
         {ok, _} = supervisor:start_child(S, #{id => {n, I}, start => {?MODULE, start_w, [n]}, restart => transient}),
         n ! normal,
         timer:sleep(10)
     end || I <- [1, 2, 3]],
    timer:sleep(30),
    io:format("~p~n", [supervisor:which_children(S) =:= [{{n, 3}, undefined, worker, [?MODULE]},
                                                          {{n, 2}, undefined, worker, [?MODULE]},
                                                          {{n, 1}, undefined, worker, [?MODULE]},
                                                          {perm, whereis(perm), worker, [?MODULE]}]]),
    M = monitor(process, S),
    perm ! one,
    timer:sleep(30),
    io:format("still running ~p~n", [is_process_alive(S)]),
    perm ! two,
    receive {'DOWN', M, _, _, R} -> timer:sleep(50), io:format("down ~p~n", [R]) end.

%% Registered by the start function (in the supervisor), so the name is
%% there as soon as the start returns.
reg(Name, Pid) -> register(Name, Pid), Pid.
