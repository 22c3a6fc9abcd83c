#!/usr/bin/env escript
-module(sg_crash_error).
-export([main/1]).
-mode(compile).
%% Exercises: a process crashing with an error: links and monitors see {Reason, Stack}; the stack names the crashing function

main(_) ->
    process_flag(trap_exit, true),
    P = spawn_link(fun() -> receive go -> divide(10, id(0)) end end),
    Ref = monitor(process, P),
    P ! go,
    receive {'EXIT', P, LinkReason} -> ok end,
    receive {'DOWN', Ref, process, P, MonReason} -> ok end,
    timer:sleep(100),
    io:format("same reason ~p~n", [LinkReason =:= MonReason]),
    {Reason, Stack} = LinkReason,
    io:format("reason ~p~n", [Reason]),
    io:format("top ~p~n", [hd(Stack)]),
    io:format("second ~p~n", [element(2, lists:nth(2, Stack))]),
    P2 = spawn_link(fun() -> receive go -> match_it(id(b)) end end),
    P2 ! go,
    receive {'EXIT', P2, {R2, [T2 | _]}} -> ok end,
    timer:sleep(100),
    io:format("reason ~p~n", [R2]),
    io:format("top ~p~n", [T2]).

divide(A, B) -> A div B.
match_it(X) -> a = X, ok.
id(X) -> X.
