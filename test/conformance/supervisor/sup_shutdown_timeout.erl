#!/usr/bin/env escript
-module(sup_shutdown_timeout).
-export([main/1, init/1, start_w/2]).
-mode(compile).
%% Exercises: shutdown timeout: a child that ignores the shutdown signal is
%% killed after the timeout (shutdown_error, reason killed); one that ends in
%% time with another reason is reported with that reason; normal from a
%% transient child is fine.

init(_) -> {ok, {{one_for_one, 1, 5}, []}}.

start_w(Id, How) ->
    {ok, reg(Id, spawn_link(fun() -> process_flag(trap_exit, true), loop(How) end))}.

loop(How) ->
    receive
        {'EXIT', _, shutdown} when How =:= ignore -> loop(How);
        {'EXIT', _, shutdown} when How =:= slow -> timer:sleep(20), exit(shutdown);
        {'EXIT', _, shutdown} -> exit(How)
    end.

spec(Id, How, T, R) -> #{id => Id, start => {?MODULE, start_w, [Id, How]}, shutdown => T, restart => R}.

main(_) ->
    {ok, S} = supervisor:start_link({local, st_sup}, ?MODULE, []),
    [{ok, _} = supervisor:start_child(S, Sp) || Sp <- [spec(ign, ignore, 100, permanent),
                                                       spec(slow, slow, 1000, permanent),
                                                       spec(odd, {odd, reason}, 1000, permanent),
                                                       spec(nrm, normal, 1000, transient),
                                                       spec(nrm2, normal, 1000, permanent),
                                                       spec(inf, slow, infinity, permanent)]],
    T0 = erlang:monotonic_time(millisecond),
    Res = supervisor:terminate_child(S, ign),
    Waited = erlang:monotonic_time(millisecond) - T0 >= 100,
    timer:sleep(30),
    io:format("~p~nwaited >= 100 ms: ~p~n", [Res, Waited]),
    [begin R = supervisor:terminate_child(S, Id), timer:sleep(30), io:format("~p ~p~n", [Id, R]) end
     || Id <- [slow, odd, nrm, nrm2, inf]],
    io:format("~p~n", [supervisor:which_children(S)]),
    unlink(S), exit(S, kill).

%% Registered by the start function (in the supervisor), so the name is
%% there as soon as the start returns.
reg(Name, Pid) -> register(Name, Pid), Pid.
