#!/usr/bin/env escript
-module(pr_spawn_monitor).
-export([main/1, finish/1]).
-mode(compile).
%% Exercises: spawn_monitor/1,3: return shape and the DOWN message for several exits

finish(How) -> exit(How).

main(_) ->
    {P, Ref} = spawn_monitor(fun() -> ok end),
    io:format("shape ~p ~p~n", [is_pid(P), is_reference(Ref)]),
    receive Msg -> io:format("~p~n", [Msg]) end,
    {P2, Ref2} = spawn_monitor(?MODULE, finish, [normal]),
    receive {'DOWN', Ref2, process, P2, R2} -> io:format("down2 ~p~n", [R2]) end,
    {P3, Ref3} = spawn_monitor(?MODULE, finish, [{some, reason}]),
    receive {'DOWN', Ref3, process, P3, R3} -> io:format("down3 ~p~n", [R3]) end,
    {P4, Ref4} = spawn_monitor(fun() -> receive after infinity -> ok end end),
    exit(P4, kill),
    receive {'DOWN', Ref4, process, P4, R4} -> io:format("down4 ~p~n", [R4]) end,
    {P5, Ref5} = spawn_monitor(fun() -> throw(oops) end),
    {V, Top} = receive {'DOWN', Ref5, process, P5, {{nocatch, V0}, [T0 | _]}} -> {V0, T0} end,
    timer:sleep(50),
    io:format("down5 nocatch ~p ~p~n", [V, element(1, Top)]),
    %% no link was created
    {links, L} = process_info(self(), links),
    io:format("no link to children ~p~n", [[X || X <- [P, P2, P3, P4, P5], lists:member(X, L)]]),
    io:format("mailbox ~p~n", [process_info(self(), message_queue_len)]).
