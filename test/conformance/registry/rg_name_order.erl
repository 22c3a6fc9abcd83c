#!/usr/bin/env escript
-module(rg_name_order).
-export([main/1]).
-mode(compile).
%% Exercises: a message sent by name goes to whoever holds the name at send time

collector(Tag) ->
    receive
        {dump, From} -> From ! {Tag, drain([])}
    end.

drain(Acc) ->
    receive {m, X} -> drain([X | Acc]) after 0 -> lists:reverse(Acc) end.

main(_) ->
    A = spawn(fun() -> collector(a) end),
    B = spawn(fun() -> collector(b) end),
    true = register(rg_no_target, A),
    rg_no_target ! {m, 1},
    rg_no_target ! {m, 2},
    true = unregister(rg_no_target),
    true = register(rg_no_target, B),
    rg_no_target ! {m, 3},
    true = unregister(rg_no_target),
    true = register(rg_no_target, A),
    rg_no_target ! {m, 4},
    A ! {dump, self()},
    B ! {dump, self()},
    receive {a, LA} -> io:format("a got ~p~n", [LA]) end,
    receive {b, LB} -> io:format("b got ~p~n", [LB]) end.
