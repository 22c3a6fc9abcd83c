#!/usr/bin/env escript
-module(exc_after_order).
-export([main/1]).
-mode(compile).
%% Exercises: order of effects with after clauses

id(X) -> X.
f(Mode) ->
    try
        io:format("body ~p~n", [Mode]),
        case Mode of
            ok -> id(result);
            throw -> throw(t);
            error -> error(e)
        end
    of
        V -> io:format("of ~p~n", [V]), V
    catch
        throw:X -> io:format("catch ~p~n", [X]), caught
    after
        io:format("after ~p~n", [Mode])
    end.
main(_) ->
    io:format("=> ~p~n", [f(ok)]),
    io:format("=> ~p~n", [f(throw)]),
    io:format("=> ~p~n", [try f(error) catch error:E -> {outer, E} end]).
