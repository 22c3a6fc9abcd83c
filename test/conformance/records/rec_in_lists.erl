#!/usr/bin/env escript
-module(rec_in_lists).
-export([main/1]).
-mode(compile).
%% Exercises: lists of records, sorting by field, keyfind on record position

-record(emp, {name, dept, salary}).
main(_) ->
    L = [#emp{name = "a", dept = x, salary = 30}, #emp{name = "b", dept = y, salary = 10},
         #emp{name = "c", dept = x, salary = 20}],
    io:format("~p~n", [lists:keysort(#emp.salary, L)]),
    io:format("~p~n", [lists:keyfind(y, #emp.dept, L)]),
    io:format("~p~n", [[E#emp.name || E <- L, E#emp.dept =:= x]]),
    io:format("~p~n", [lists:sum([S || #emp{salary = S} <- L])]).
