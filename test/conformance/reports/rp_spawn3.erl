#!/usr/bin/env escript
-module(rp_spawn3).
-export([main/1, worker/2, looper/1]).
-mode(compile).
%% Exercises: =ERROR REPORT==== for a process started with spawn/3 of an exported function

main(_) ->
    P = spawn(?MODULE, worker, [self(), id(10)]),
    Ref = monitor(process, P),
    receive {'DOWN', Ref, process, P, R} -> ok end,
    timer:sleep(100),
    io:format("after: ~p~n", [element(1, R)]),
    P2 = spawn(?MODULE, looper, [3]),
    Ref2 = monitor(process, P2),
    receive {'DOWN', Ref2, process, P2, R2} -> ok end,
    timer:sleep(100),
    io:format("after: ~p~n", [element(1, R2)]).

worker(Parent, N) when is_pid(Parent) ->
    Result = N div (N - 10),
    Parent ! Result.

looper(0) -> exit_with(id(#{state => final}));
looper(N) -> looper(N - 1).

exit_with(State) -> erlang:error({bad_state, State}).

id(X) -> X.
