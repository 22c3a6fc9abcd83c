#!/usr/bin/env escript
-module(sg_link_fanout).
-export([main/1]).
-mode(compile).
%% Exercises: one process linked to several: its abnormal exit kills all the non-trapping ones and reaches the trapping one

main(_) ->
    Main = self(),
    Hub = spawn(fun() -> receive {die, W} -> exit(W) end end),
    Kids = [spawn(fun() -> link(Hub), Main ! {linked, self()}, receive after infinity -> ok end end) || _ <- [1, 2, 3]],
    Trapper = spawn(fun() ->
                            process_flag(trap_exit, true), link(Hub), Main ! {linked, self()},
                            receive M -> Main ! {trapped, M} end
                    end),
    [receive {linked, K} -> ok end || K <- Kids ++ [Trapper]],
    {links, HL} = process_info(Hub, links),
    io:format("hub links ~p~n", [length(HL)]),
    Refs = [monitor(process, K) || K <- Kids],
    Hub ! {die, hub_down},
    [receive {'DOWN', R, process, K, W} -> io:format("kid ~p~n", [W]) end || {R, K} <- lists:zip(Refs, Kids)],
    receive {trapped, {'EXIT', From, W}} -> io:format("trapper got ~p from hub ~p~n", [W, From =:= Hub]) end.
