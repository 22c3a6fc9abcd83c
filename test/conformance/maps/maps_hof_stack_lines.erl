#!/usr/bin/env escript
-module(maps_hof_stack_lines).
-export([main/1]).
-mode(compile).
%% A fun that fails inside maps:map, fold, foreach, filter, filtermap, update_with and
%% orddict:map: the frames below it, with OTP 25's line numbers.
bad(X) when X > 1 -> erlang:error({bad, X});
bad(X) -> X.
t(Name, F) ->
    try F() of
        V -> io:format("~p ok ~p~n", [Name, V])
    catch
        error:{bad, _}:S -> io:format("~p ~p~n", [Name, [{M, Fn, A, L} || {M, Fn, A, [_, {line, L}]} <- S, M =/= maps_hof_stack_lines]])
    end.
main(_) ->
    M = #{a => 1, b => 2},
    t(map, fun() -> maps:map(fun(_, V) -> bad(V) end, M) end),
    t(fold, fun() -> maps:fold(fun(_, V, A) -> bad(V) + A end, 0, M) end),
    t(foreach, fun() -> maps:foreach(fun(_, V) -> bad(V) end, M) end),
    t(filter, fun() -> maps:filter(fun(_, V) -> bad(V) > 0 end, M) end),
    t(filtermap, fun() -> maps:filtermap(fun(_, V) -> bad(V) > 0 end, M) end),
    t(update_with, fun() -> maps:update_with(b, fun bad/1, M) end),
    t(update_with4, fun() -> maps:update_with(b, fun bad/1, 0, M) end),
    t(orddict, fun() -> orddict:map(fun(_, V) -> bad(V) end, [{a, 1}, {b, 2}]) end),
    t(ordsets, fun() -> ordsets:fold(fun(V, A) -> bad(V) + A end, 0, [1, 2]) end),
    t(proplists, fun() -> proplists:get_value(a, bad(2)) end).
