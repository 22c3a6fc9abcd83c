#!/usr/bin/env escript
-module(pr_group_leader_io).
-export([main/1]).
-mode(compile).
%% Exercises: io functions send I/O-protocol requests to a process's group leader when it is not user

main(_) ->
    Main = self(),
    G = spawn(fun() -> leader(Main, []) end),
    P = spawn(fun() ->
                  true = group_leader(G, self()),
                  io:nl(),
                  io:write({a, "b"}),
                  io:fwrite("f ~w~n", [1]),
                  io:format("plain"),
                  io:put_chars([$a, [$b], <<"c">>]),
                  io:format(standard_io, "dev ~p", [x]),
                  R = io:format("~s", ["ret"]),
                  Main ! {child_done, R, group_leader() =:= G}
              end),
    receive {child_done, R, Same} -> io:format("child returned ~p, leader is G: ~p~n", [R, Same]) end,
    G ! {dump, self()},
    receive {requests, Reqs} -> [io:format("~p~n", [Q]) || Q <- Reqs] end,
    io:format("leader of main is user: ~p~n", [group_leader() =:= whereis(user)]),
    io:format("child inherits: ~p~n", [is_pid(P)]),
    Q = spawn(fun() -> Main ! {gl, group_leader()} end),
    receive {gl, GL} -> io:format("spawned inherits main's: ~p ~p~n", [GL =:= group_leader(), is_pid(Q)]) end.

leader(Main, Acc) ->
    receive
        {io_request, From, Ref, Req} ->
            From ! {io_reply, Ref, ok},
            leader(Main, [{Req, is_reference(Ref), is_pid(From)} | Acc]);
        {dump, To} ->
            To ! {requests, lists:reverse(Acc)}
    end.
