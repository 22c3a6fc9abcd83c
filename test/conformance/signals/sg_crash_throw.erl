#!/usr/bin/env escript
-module(sg_crash_throw).
-export([main/1]).
-mode(compile).
%% Exercises: an uncaught throw in a process: links and monitors see {{nocatch, V}, Stack}
%% thrower/1 is exported: for a local function whose throws no handler inspects, OTP's
%% compiler replaces throw(V) by raise(throw, V, []) (an empty stack), which erlts does
%% not reproduce; exported, it is a real throw.
-export([thrower/1]).

main(_) ->
    process_flag(trap_exit, true),
    P = spawn_link(fun() -> receive go -> thrower(id({my, value})) end end),
    Ref = monitor(process, P),
    P ! go,
    receive {'EXIT', P, LinkReason} -> ok end,
    receive {'DOWN', Ref, process, P, MonReason} -> ok end,
    timer:sleep(100),
    io:format("same ~p~n", [LinkReason =:= MonReason]),
    {{nocatch, V}, Stack} = LinkReason,
    io:format("value ~p~n", [V]),
    io:format("stack ~p~n", [Stack]),
    P3 = spawn_link(fun() -> receive go -> deep(id(3)) end end),
    P3 ! go,
    receive {'EXIT', P3, {{nocatch, V3}, Stack3}} -> ok end,
    timer:sleep(100),
    io:format("value ~p~n", [V3]),
    io:format("stack ~p~n", [[{M, F, A} || {M, F, A, _} <- Stack3]]),
    %% a throw that is caught does not kill
    {P2, Ref2} = spawn_monitor(fun() -> catch thrower(x), exit(caught_fine) end),
    receive {'DOWN', Ref2, process, P2, R2} -> io:format("caught ~p~n", [R2]) end.

thrower(V) -> throw(V).
deep(0) -> throw(bottom);
deep(N) -> [deep(N - 1)].
id(X) -> X.
