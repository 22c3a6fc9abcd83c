#!/usr/bin/env escript
-module(pr_request_reply).
-export([main/1]).
-mode(compile).
%% Exercises: request/reply with make_ref(): replies matched by ref, out-of-order replies, stale replies

server() ->
    receive
        {call, From, Ref, {delay, Ms, V}} ->
            Me = self(),
            spawn(fun() -> timer:sleep(Ms), From ! {Ref, V}, Me ! ignore end),
            server();
        {call, From, Ref, Req} ->
            From ! {Ref, handle(Req)},
            server();
        ignore -> server();
        stop -> ok
    end.

handle({add, A, B}) -> A + B;
handle({echo, X}) -> X;
handle(_) -> unknown.

call(S, Req) ->
    Ref = make_ref(),
    S ! {call, self(), Ref, Req},
    receive {Ref, Reply} -> Reply after 1000 -> timeout end.

main(_) ->
    S = spawn(fun server/0),
    io:format("~p~n", [call(S, {add, 2, 3})]),
    io:format("~p~n", [call(S, {echo, hello})]),
    io:format("~p~n", [call(S, bogus)]),
    %% two requests in flight; the second answers first
    R1 = make_ref(), R2 = make_ref(),
    S ! {call, self(), R1, {delay, 40, slow}},
    S ! {call, self(), R2, {delay, 5, fast}},
    A2 = receive {R2, V2} -> V2 end,
    A1 = receive {R1, V1} -> V1 end,
    io:format("~p ~p~n", [A1, A2]),
    %% refs are unique
    Refs = [make_ref() || _ <- lists:seq(1, 100)],
    io:format("unique ~p~n", [length(lists:usort(Refs)) =:= 100]),
    %% a stale reply for an old ref does not confuse a new call
    Old = make_ref(),
    self() ! {Old, stale},
    io:format("~p~n", [call(S, {echo, fresh})]),
    io:format("stale still there ~p~n", [receive {Old, X} -> X after 0 -> none end]),
    S ! stop.
