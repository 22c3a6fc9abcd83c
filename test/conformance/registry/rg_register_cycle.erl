#!/usr/bin/env escript
-module(rg_register_cycle).
-export([main/1]).
-mode(compile).
%% Exercises: many register/unregister cycles and many names at once stay consistent

main(_) ->
    P = spawn(fun() -> receive stop -> ok end end),
    Rs = [{register(rg_rc_name, P), unregister(rg_rc_name)} || _ <- lists:seq(1, 1000)],
    io:format("cycles ok ~p~n", [lists:all(fun(X) -> X =:= {true, true} end, Rs)]),
    io:format("free ~p~n", [whereis(rg_rc_name)]),
    %% 200 processes with 200 names
    Names = [list_to_atom("rg_rc_" ++ integer_to_list(I)) || I <- lists:seq(1, 200)],
    Ps = [spawn(fun() -> receive {From, who} -> From ! {me, self()} end end) || _ <- Names],
    [true = register(N, Q) || {N, Q} <- lists:zip(Names, Ps)],
    Reg = registered(),
    io:format("all registered ~p~n", [lists:all(fun(N) -> lists:member(N, Reg) end, Names)]),
    io:format("whereis matches ~p~n", [[whereis(N) || N <- Names] =:= Ps]),
    Refs = [monitor(process, N) || N <- Names],
    [N ! {self(), who} || N <- Names],
    Got = [receive {me, Q} -> Q end || Q <- Ps],
    io:format("replies ~p~n", [Got =:= Ps]),
    %% all exited, all names freed
    [receive {'DOWN', R, process, _, normal} -> ok end || R <- Refs],
    io:format("all freed ~p~n", [lists:all(fun(N) -> whereis(N) =:= undefined end, Names)]),
    P ! stop.
