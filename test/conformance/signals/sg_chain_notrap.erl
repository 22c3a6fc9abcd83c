#!/usr/bin/env escript
-module(sg_chain_notrap).
-export([main/1]).
-mode(compile).
%% Exercises: a chain of links A-B-C, none trapping: C exits with a reason, all three die with it

main(_) ->
    lists:foreach(fun run/1, [{c, boom}, {a, {bad, 1}}, {b, normal}, {b, shutdown}]).

run({Who, Why}) ->
    Main = self(),
    A = spawn(fun() ->
                      B = spawn_link(fun() ->
                                             C = spawn_link(fun() -> wait() end),
                                             Main ! {c, C},
                                             wait()
                                     end),
                      Main ! {b, B},
                      wait()
              end),
    B = receive {b, PB} -> PB end,
    C = receive {c, PC} -> PC end,
    Ps = [{a, A}, {b, B}, {c, C}],
    Refs = [{N, monitor(process, P)} || {N, P} <- Ps],
    proplists:get_value(Who, Ps) ! {exit, Why},
    io:format("~p exits with ~p:~n", [Who, Why]),
    lists:foreach(
      fun({N, Ref}) ->
              P = proplists:get_value(N, Ps),
              receive
                  {'DOWN', Ref, process, P, R} -> io:format("  ~p down ~p~n", [N, R])
              after 100 ->
                      io:format("  ~p alive~n", [N]),
                      exit(P, kill),
                      receive {'DOWN', Ref, process, P, _} -> ok end
              end
      end, Refs).

wait() ->
    receive {exit, Why} -> exit(Why) end.
