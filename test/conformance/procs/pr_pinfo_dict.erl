#!/usr/bin/env escript
-module(pr_pinfo_dict).
-export([main/1]).
-mode(compile).
%% Exercises: process_info/2 dictionary of self and of a child, after put and erase

main(_) ->
    io:format("~p~n", [process_info(self(), dictionary)]),
    put(k1, v1),
    put({tuple, key}, [1, 2]),
    {dictionary, D} = process_info(self(), dictionary),
    io:format("~p~n", [lists:sort(D)]),
    erase(k1),
    {dictionary, D2} = process_info(self(), dictionary),
    io:format("~p~n", [D2]),
    erase(),
    io:format("~p~n", [process_info(self(), dictionary)]),
    Me = self(),
    P = spawn(fun() ->
                      put(child_key, 42),
                      put(another, "str"),
                      Me ! ready,
                      receive stop -> ok end
              end),
    receive ready -> ok end,
    {dictionary, CD} = process_info(P, dictionary),
    io:format("child ~p~n", [lists:sort(CD)]),
    %% the child did not inherit our dictionary and we do not see its keys
    io:format("ours ~p~n", [get(child_key)]),
    P ! stop.
