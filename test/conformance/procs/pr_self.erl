#!/usr/bin/env escript
-module(pr_self).
-export([main/1]).
-mode(compile).
%% Exercises: self/0: identity, comparison, use as a term, message to self

main(_) ->
    Me = self(),
    io:format("is_pid ~p~n", [is_pid(Me)]),
    io:format("stable ~p~n", [Me =:= self()]),
    io:format("not a ref ~p~n", [is_reference(Me)]),
    Me ! {to, self()},
    receive {to, X} -> io:format("got self back ~p~n", [X =:= Me]) end,
    self() ! one,
    self() ! two,
    receive A -> io:format("~p~n", [A]) end,
    receive B -> io:format("~p~n", [B]) end,
    %% pids are ordered and usable as map keys / in lists
    Parent = self(),
    Kids = [spawn(fun() -> Parent ! {self(), ok} end) || _ <- [1, 2, 3]],
    [receive {K, ok} -> ok end || K <- Kids],
    M = maps:from_list([{K, n} || K <- [Me | Kids]]),
    io:format("map size ~p~n", [map_size(M)]),
    io:format("sorted ~p~n", [length(lists:sort([Me | Kids]))]),
    io:format("pid < ref ~p~n", [Me < make_ref()]),
    io:format("number < pid ~p~n", [1 < Me]),
    io:format("pid < tuple ~p~n", [Me < {}]),
    %% pid_to_list / list_to_pid round trip
    L = pid_to_list(Me),
    io:format("round trip ~p~n", [list_to_pid(L) =:= Me]),
    io:format("is_list ~p~n", [is_list(L)]),
    io:format("~p~n", [self()]).
