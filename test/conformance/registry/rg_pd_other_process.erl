#!/usr/bin/env escript
-module(rg_pd_other_process).
-export([main/1]).
-mode(compile).
%% Exercises: the dictionary of another process via process_info; each process has its own dictionary

main(_) ->
    put(parent_key, parent_value),
    Me = self(),
    P = spawn(fun() ->
                      Me ! {child_sees, get(parent_key), get()},
                      put(child_key, 1),
                      Me ! ready,
                      receive
                          {put, K, V} -> put(K, V), Me ! done
                      end,
                      receive stop -> ok end
              end),
    receive {child_sees, V1, D1} -> io:format("child sees ~p ~p~n", [V1, D1]) end,
    receive ready -> ok end,
    io:format("~p~n", [process_info(P, dictionary)]),
    P ! {put, extra, [1, 2, 3]},
    receive done -> ok end,
    {dictionary, D} = process_info(P, dictionary),
    io:format("~p~n", [lists:sort(D)]),
    io:format("ours ~p~n", [lists:sort(get())]),
    io:format("in a list ~p~n", [length(element(2, hd(process_info(P, [dictionary]))))]),
    Ref = monitor(process, P),
    P ! stop,
    receive {'DOWN', Ref, process, P, normal} -> ok end,
    io:format("dead ~p~n", [process_info(P, dictionary)]).
