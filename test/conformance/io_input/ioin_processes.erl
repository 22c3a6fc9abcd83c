#!/usr/bin/env escript
-module(ioin_processes).
-export([main/1]).
-mode(compile).
%% Exercises: standard input read by spawned processes in turn, through their group leader

main(_) ->
    Self = self(),
    Reader = fun(Name, N) ->
                     spawn(fun() ->
                                   Lines = [io:get_line("") || _ <- lists:seq(1, N)],
                                   Self ! {Name, Lines}
                           end)
             end,
    Reader(first, 2),
    receive {first, L1} -> p({first, L1}) end,
    Reader(second, 3),
    receive {second, L2} -> p({second, L2}) end,
    p(io:get_line("main> ")),
    Pid = spawn(fun() -> Self ! {gl, group_leader() =:= whereis(user)} end),
    receive {gl, G} -> p({group_leader_is_user, G, is_pid(Pid)}) end,
    p(io:get_line("main> ")).

p(X) -> io:format("~p~n", [X]).
