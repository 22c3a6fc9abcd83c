#!/usr/bin/env escript
-module(lst_append_reverse_errors).
-export([main/1]).
-mode(compile).
%% `++` and lists:reverse/2 on proper, improper and non-list arguments: the values,
%% and the errors with their stack entries (both are one pass over the list in erlts).

id(X) -> X.

show(F) ->
    try F() of
        V -> io:format("~p~n", [V])
    catch
        C:R:S -> io:format("~p:~p ~p~n", [C, R, hd(S)])
    end.

main(_) ->
    show(fun() -> id([1, 2, 3]) ++ id([4, 5]) end),
    show(fun() -> id([]) ++ id(x) end),
    show(fun() -> id([1]) ++ id(x) end),
    show(fun() -> id([1, 2]) ++ id([3 | x]) end),
    show(fun() -> id([1, 2 | x]) ++ id([3]) end),
    show(fun() -> id([1 | x]) ++ id([]) end),
    show(fun() -> id(x) ++ id([1]) end),
    show(fun() -> id(<<"ab">>) ++ id([1]) end),
    show(fun() -> L = lists:seq(1, 5), L ++ L end),
    show(fun() -> length(lists:seq(1, 100000) ++ lists:seq(1, 100000)) end),
    show(fun() -> lists:reverse(id([1, 2, 3]), id([4])) end),
    show(fun() -> lists:reverse(id([1, 2, 3]), id(tail)) end),
    show(fun() -> lists:reverse(id([]), id(tail)) end),
    show(fun() -> lists:reverse(id([1, 2 | three]), id([])) end),
    show(fun() -> lists:reverse(id(notalist), id([])) end),
    show(fun() -> lists:reverse(id([a, b, c])) end),
    show(fun() -> lists:sum(lists:reverse(lists:seq(1, 100000), [0])) end).
