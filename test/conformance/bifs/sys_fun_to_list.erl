#!/usr/bin/env escript
-module(sys_fun_to_list).
-export([main/1]).
-mode(compile).
%% Exercises: erlang:fun_to_list/1 of external funs, and its bad arguments

main(_) ->
    p(erlang:fun_to_list(fun lists:map/2)),
    p(erlang:fun_to_list(fun erlang:'+'/2)),
    p(erlang:fun_to_list(fun 'Mod':'fun name'/0)),
    F = fun(X) -> X end,
    p(lists:prefix("#Fun<sys_fun_to_list.", erlang:fun_to_list(F))),
    p(e(catch erlang:fun_to_list(foo))),
    p(e(catch erlang:fun_to_list({fun lists:map/2}))).

e({'EXIT', {R, [Top | _]}}) -> {R, Top};
e(X) -> X.

p(X) -> io:format("~p~n", [X]).
