#!/usr/bin/env escript
-module(sup_simple_intensity).
-export([main/1, init/1, start_w/2]).
-mode(compile).
%% Exercises: a simple_one_for_one supervisor reaching its restart intensity:
%% the reports name the crashed child's full arguments, and the other dynamic
%% children are shut down with it.

init(_) -> {ok, {{simple_one_for_one, 1, 3600}, [#{id => ignored_id, start => {?MODULE, start_w, [base]}}]}}.

start_w(base, Name) -> {ok, reg(Name, spawn_link(fun() -> receive X -> exit(X) end end))}.

main(_) ->
    {ok, S} = supervisor:start_link({local, si_sup}, ?MODULE, []),
    unlink(S),
    [{ok, _} = supervisor:start_child(si_sup, [N]) || N <- [s1, s2, s3]],
    Ms = [monitor(process, whereis(N)) || N <- [s2, s3]],
    M = monitor(process, S),
    s1 ! {first, crash},
    timer:sleep(30),
    s1 ! {second, crash},
    receive {'DOWN', M, _, _, R} -> ok end,
    Others = [receive {'DOWN', Mx, _, _, Rx} -> Rx end || Mx <- Ms],
    timer:sleep(50),
    io:format("sup ~p, others ~p~n", [R, Others]).

%% Registered by the start function (in the supervisor), so the name is
%% there as soon as the start returns.
reg(Name, Pid) -> register(Name, Pid), Pid.
