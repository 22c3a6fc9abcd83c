#!/usr/bin/env escript
-module(sg_chain_kill).
-export([main/1]).
-mode(compile).
%% Exercises: chain A-B-C: exit(B, kill) kills B with killed, and A and C die with killed (not kill)

main(_) ->
    Main = self(),
    A = spawn(fun() ->
                      B = spawn_link(fun() ->
                                             C = spawn_link(fun() -> receive after infinity -> ok end end),
                                             Main ! {c, C},
                                             receive after infinity -> ok end
                                     end),
                      Main ! {b, B},
                      receive after infinity -> ok end
              end),
    B = receive {b, PB} -> PB end,
    C = receive {c, PC} -> PC end,
    Refs = [{N, P, monitor(process, P)} || {N, P} <- [{a, A}, {b, B}, {c, C}]],
    exit(B, kill),
    [receive {'DOWN', R, process, P, Why} -> io:format("~p down ~p~n", [N, Why]) end || {N, P, R} <- Refs],
    %% the same with C trapping: C survives with the message
    A2 = spawn(fun() ->
                       B2 = spawn_link(fun() ->
                                               spawn_link(fun() ->
                                                                  process_flag(trap_exit, true),
                                                                  Main ! {c, self()},
                                                                  receive M -> Main ! {c_got, M} end
                                                          end),
                                               receive after infinity -> ok end
                                       end),
                       Main ! {b, B2},
                       receive after infinity -> ok end
               end),
    B2 = receive {b, PB2} -> PB2 end,
    C2 = receive {c, PC2} -> PC2 end,
    RA2 = monitor(process, A2),
    exit(B2, kill),
    receive {c_got, {'EXIT', From, W}} -> io:format("c2 got ~p from b2 ~p~n", [W, From =:= B2]) end,
    receive {'DOWN', RA2, process, A2, WA} -> io:format("a2 down ~p~n", [WA]) end,
    _ = C2.
