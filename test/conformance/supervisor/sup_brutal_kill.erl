#!/usr/bin/env escript
-module(sup_brutal_kill).
-export([main/1, init/1, start_w/1]).
-mode(compile).
%% Exercises: shutdown brutal_kill: the child is killed even when it traps
%% exits; a child that had already ended with another reason gives a
%% shutdown_error report.

init(_) -> {ok, {{one_for_one, 1, 5}, [#{id => I, start => {?MODULE, start_w, [I]}, shutdown => brutal_kill} || I <- [b1, b2]]}}.

start_w(Id) ->
    {ok, reg(Id, spawn_link(fun() -> process_flag(trap_exit, true), loop() end))}.

loop() -> receive {'EXIT', _, _} -> loop(); unlink -> unlink(whereis(bk_sup)), loop(); {die, R} -> exit(R) end.

main(_) ->
    {ok, S} = supervisor:start_link({local, bk_sup}, ?MODULE, []),
    B1 = whereis(b1),
    M = monitor(process, B1),
    io:format("~p~n", [supervisor:terminate_child(S, b1)]),
    receive {'DOWN', M, _, _, R} -> io:format("b1 down ~p~n", [R]) end,
    B2 = whereis(b2),
    B2 ! unlink,
    timer:sleep(10),
    B2 ! {die, gone_already},
    timer:sleep(10),
    R2 = supervisor:terminate_child(S, b2),
    timer:sleep(50),
    io:format("~p~n", [R2]),
    io:format("~p~n", [supervisor:which_children(S)]),
    unlink(S), exit(S, kill).

%% Registered by the start function (in the supervisor), so the name is
%% there as soon as the start returns.
reg(Name, Pid) -> register(Name, Pid), Pid.
