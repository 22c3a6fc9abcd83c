#!/usr/bin/env escript
-module(lst_hof_stack_lines).
-export([main/1]).
-mode(compile).
%% A fun that fails inside lists:map, foldl, foreach, filter, ... : the lists frames
%% of the stack trace, with OTP 25's lists.erl line numbers (erlts's lists.erl
%% carries -file directives for them).
bad(X) when X > 1 -> erlang:error({bad, X});
bad(X) -> X.
bad2(X, A) -> bad(X), A.
t(Name, F) ->
    try F() of
        V -> io:format("~p ok ~p~n", [Name, V])
    catch
        error:{bad, _}:S -> io:format("~p ~p~n", [Name, [{Fn, A, L} || {lists, Fn, A, [_, {line, L}]} <- S]])
    end.
main(_) ->
    L = [1, 2, 3],
    t(map, fun() -> lists:map(fun bad/1, L) end),
    t(map1, fun() -> lists:map(fun bad/1, [2]) end),
    t(foldl, fun() -> lists:foldl(fun bad2/2, 0, L) end),
    t(foldl1, fun() -> lists:foldl(fun bad2/2, 0, [2]) end),
    t(foldr, fun() -> lists:foldr(fun bad2/2, 0, L) end),
    t(foreach, fun() -> lists:foreach(fun bad/1, L) end),
    t(filter, fun() -> lists:filter(fun(X) -> bad(X) < 5 end, L) end),
    t(filtermap, fun() -> lists:filtermap(fun(X) -> bad(X) < 5 end, L) end),
    t(flatmap, fun() -> lists:flatmap(fun(X) -> [bad(X)] end, L) end),
    t(mapfoldl, fun() -> lists:mapfoldl(fun(X, A) -> {bad(X), A} end, 0, L) end),
    t(mapfoldr, fun() -> lists:mapfoldr(fun(X, A) -> {bad(X), A} end, 0, L) end),
    t(any, fun() -> lists:any(fun(X) -> bad(X) > 5 end, L) end),
    t(all, fun() -> lists:all(fun(X) -> bad(X) < 5 end, L) end),
    t(zipwith, fun() -> lists:zipwith(fun bad2/2, L, L) end),
    t(dropwhile, fun() -> lists:dropwhile(fun(X) -> bad(X) < 5 end, L) end),
    t(takewhile, fun() -> lists:takewhile(fun(X) -> bad(X) < 5 end, L) end),
    t(partition, fun() -> lists:partition(fun(X) -> bad(X) < 5 end, L) end),
    t(splitwith, fun() -> lists:splitwith(fun(X) -> bad(X) < 5 end, L) end),
    t(keymap, fun() -> lists:keymap(fun bad/1, 1, [{1}, {2}]) end),
    t(search, fun() -> lists:search(fun(X) -> bad(X) > 5 end, L) end),
    t(foldl3, fun() -> lists:foldl(fun bad2/2, 0, lists:seq(1, 5)) end).
