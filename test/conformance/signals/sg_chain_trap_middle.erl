#!/usr/bin/env escript
-module(sg_chain_trap_middle).
-export([main/1]).
-mode(compile).
%% Exercises: chain A-B-C where B traps exits: C's death becomes a message in B, A survives; then B dies and A follows

main(_) ->
    Main = self(),
    A = spawn(fun() ->
                      B = spawn_link(fun() ->
                                             process_flag(trap_exit, true),
                                             C = spawn_link(fun() -> receive {exit, W} -> exit(W) end end),
                                             Main ! {c, C},
                                             b_loop(Main)
                                     end),
                      Main ! {b, B},
                      receive after infinity -> ok end
              end),
    B = receive {b, PB} -> PB end,
    C = receive {c, PC} -> PC end,
    [RA, RB, RC] = [monitor(process, P) || P <- [A, B, C]],
    C ! {exit, boom},
    receive {'DOWN', RC, process, C, R1} -> io:format("c down ~p~n", [R1]) end,
    receive {b_got, {'EXIT', From, R2}} -> io:format("b got EXIT ~p from c ~p~n", [R2, From =:= C]) end,
    io:format("a alive ~p, b alive ~p~n", [is_process_alive(A), is_process_alive(B)]),
    {links, LB} = process_info(B, links),
    io:format("b links ~p~n", [LB =:= [A]]),
    %% a trapping process still dies when it exits itself, and A is not trapping
    B ! {exit, {b_reason, 2}},
    receive {'DOWN', RB, process, B, R3} -> io:format("b down ~p~n", [R3]) end,
    receive {'DOWN', RA, process, A, R4} -> io:format("a down ~p~n", [R4]) end.

b_loop(Main) ->
    receive
        {exit, W} -> exit(W);
        M -> Main ! {b_got, M}, b_loop(Main)
    end.
