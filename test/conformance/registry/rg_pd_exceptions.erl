#!/usr/bin/env escript
-module(rg_pd_exceptions).
-export([main/1]).
-mode(compile).
%% Exercises: dictionary changes survive exceptions (no rollback); the dictionary in funs and recursion

bump(K) -> put(K, case get(K) of undefined -> 1; N -> N + 1 end).

deep(0) -> throw(bottom);
deep(N) -> bump(depth), deep(N - 1).

main(_) ->
    R = try put(a, 1), error(fail) catch error:fail -> caught end,
    io:format("~p ~p~n", [R, get(a)]),
    R2 = (catch deep(10)),
    io:format("~p depth ~p~n", [R2, get(depth)]),
    try
        put(b, in_try),
        throw(x)
    catch
        throw:x -> put(b, in_catch)
    after
        put(c, in_after)
    end,
    io:format("~p ~p~n", [get(b), get(c)]),
    F = fun(K) -> bump(K) end,
    [F(fun_count) || _ <- lists:seq(1, 7)],
    io:format("fun_count ~p~n", [get(fun_count)]),
    lists:foreach(fun(X) -> put({item, X}, X * 2) end, [1, 2, 3]),
    io:format("~p~n", [[get({item, X}) || X <- [1, 2, 3]]]),
    %% a crash in a child does not touch our dictionary
    {P, Ref} = spawn_monitor(fun() -> put(a, child), exit(bye) end),
    receive {'DOWN', Ref, process, P, bye} -> ok end,
    io:format("a still ~p~n", [get(a)]).
