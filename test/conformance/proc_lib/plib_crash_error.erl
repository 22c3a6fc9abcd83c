#!/usr/bin/env escript
-module(plib_crash_error).
-export([main/1, work/1]).
-mode(compile).
%% Exercises: the CRASH REPORT of a proc_lib process that fails with an error
%% (badmatch, a BIF's badarg, function_clause): crasher section, exception text, the exit
%% reason seen by a monitor (with proc_lib's frame)

work(badmatch) -> {ok, _} = id(error), ok;
work(badarg) -> list_to_atom(id(1));
work(clause) -> clause(id(3)).

clause(1) -> one.

main(_) ->
    [run(W) || W <- [badmatch, badarg, clause]],
    ok.

run(W) ->
    {P, Ref} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', Ref, _, P, _} -> ok end,
    Q = proc_lib:spawn(?MODULE, work, [W]),
    M = monitor(process, Q),
    receive
        {'DOWN', M, process, Q, Reason} ->
            timer:sleep(50),
            io:format("~p~n", [Reason])
    end.

id(X) -> X.
