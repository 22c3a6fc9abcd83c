#!/usr/bin/env escript
-module(rg_registered).
-export([main/1]).
-mode(compile).
%% Exercises: registered/0 contains our names while registered and not after unregister or death

mine(Names) ->
    R = registered(),
    [{N, lists:member(N, R)} || N <- Names].

main(_) ->
    Names = [rg_reg_a, rg_reg_b, rg_reg_c],
    io:format("~p~n", [mine(Names)]),
    io:format("all atoms ~p~n", [lists:all(fun is_atom/1, registered())]),
    Ps = [spawn(fun() -> receive stop -> ok end end) || _ <- Names],
    [true = register(N, P) || {N, P} <- lists:zip(Names, Ps)],
    io:format("~p~n", [mine(Names)]),
    true = unregister(rg_reg_b),
    io:format("~p~n", [mine(Names)]),
    [PA, _, _] = Ps,
    Ref = monitor(process, PA),
    PA ! stop,
    receive {'DOWN', Ref, process, PA, normal} -> ok end,
    io:format("~p~n", [mine(Names)]),
    %% some well-known system names exist
    io:format("init ~p~n", [lists:member(init, registered())]),
    io:format("no duplicates ~p~n", [length(registered()) =:= length(lists:usort(registered()))]),
    [P ! stop || P <- Ps].
