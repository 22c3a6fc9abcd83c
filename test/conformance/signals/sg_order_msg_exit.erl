#!/usr/bin/env escript
-module(sg_order_msg_exit).
-export([main/1]).
-mode(compile).
%% Exercises: signal order between one pair: messages sent before an exit signal arrive before the EXIT message

main(_) ->
    process_flag(trap_exit, true),
    Main = self(),
    spawn(fun() -> Main ! first, Main ! second, exit(Main, stop_now), Main ! after_exit end),
    [receive X -> io:format("~p~n", [strip(X)]) end || _ <- [1, 2, 3, 4]],
    %% a linked child: messages, then its own exit
    P = spawn_link(fun() -> [Main ! {n, N} || N <- lists:seq(1, 5)], exit(finished) end),
    [receive X -> io:format("~p~n", [strip(X)]) end || _ <- lists:seq(1, 6)],
    _ = P,
    %% selective receive can take the EXIT first once both are queued
    P2 = spawn_link(fun() -> Main ! hello, exit(bye) end),
    receive {'EXIT', P2, W} -> io:format("exit first ~p~n", [W]) end,
    receive hello -> io:format("hello still there~n") end.

strip({'EXIT', _, R}) -> {'EXIT', pid, R};
strip(X) -> X.
