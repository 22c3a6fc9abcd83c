#!/usr/bin/env escript
-module(plib_crash_exit_throw).
-export([main/1, work/1]).
-mode(compile).
%% Exercises: proc_lib processes ending with exit/1 (a report unless normal, shutdown,
%% {shutdown, _}), throw (the {nocatch, V} exit reason) and a returning function

work(normal) -> exit(normal);
work(shutdown) -> exit(shutdown);
work(shut2) -> exit({shutdown, later});
work(other) -> exit({some, reason});
work(thrown) -> throw(ball);
work(ret) -> returned.

main(_) ->
    [run(W) || W <- [normal, shutdown, shut2, other, thrown, ret]],
    ok.

run(W) ->
    Q = proc_lib:spawn(?MODULE, work, [W]),
    M = monitor(process, Q),
    receive
        {'DOWN', M, process, Q, Reason} ->
            timer:sleep(50),
            io:format("~p: ~p~n", [W, Reason])
    end.
