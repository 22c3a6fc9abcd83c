#!/usr/bin/env escript
-module(pr_recv_after_infinity).
-export([main/1]).
-mode(compile).
%% Exercises: receive ... after infinity with a message that comes later, infinity through a variable

main(_) ->
    Parent = self(),
    spawn(fun() -> timer:sleep(20), Parent ! late end),
    R = receive late -> got_late after infinity -> never end,
    io:format("~p~n", [R]),
    T = id(infinity),
    spawn(fun() -> timer:sleep(10), Parent ! {v, 1} end),
    R2 = receive {v, N} -> {v, N} after T -> never end,
    io:format("~p~n", [R2]),
    %% after infinity with the message already there
    self() ! now,
    R3 = receive now -> immediate after infinity -> never end,
    io:format("~p~n", [R3]),
    %% a child waits with after infinity until we send
    C = spawn(fun() -> receive {go, From} -> From ! went after infinity -> ok end end),
    C ! {go, self()},
    receive went -> io:format("child went~n") end.

id(X) -> X.
