#!/usr/bin/env escript
-module(rg_pd_isolation).
-export([main/1]).
-mode(compile).
%% Exercises: each process has its own dictionary; same keys in many processes do not interfere

worker(Parent, I) ->
    put(id, I),
    put(count, 0),
    [put(count, get(count) + 1) || _ <- lists:seq(1, I)],
    Parent ! {self(), get(id), get(count), lists:sort(get_keys())}.

main(_) ->
    put(id, parent),
    Me = self(),
    Ps = [spawn(fun() -> worker(Me, I) end) || I <- lists:seq(1, 5)],
    [receive {P, Id, Count, Keys} -> io:format("~p ~p ~p~n", [Id, Count, Keys]) end || P <- Ps],
    io:format("parent id ~p~n", [get(id)]),
    io:format("parent count ~p~n", [get(count)]),
    %% a fun created in the parent reads the dictionary of whoever runs it
    F = fun() -> get(id) end,
    spawn(fun() -> put(id, child), Me ! {ran, F()} end),
    receive {ran, V} -> io:format("fun in child sees ~p~n", [V]) end,
    io:format("fun in parent sees ~p~n", [F()]).
