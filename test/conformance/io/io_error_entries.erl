#!/usr/bin/env escript
-module(io_error_entries).
-export([main/1]).
-mode(compile).
%% Exercises: the stack entry of io errors: bad data (io.erl line 99, cause
%% {device,put_chars}) and an unknown device (line 94, cause {io,arguments})

id(X) -> X.

t(F) ->
    try F() of
        V -> {ok, V}
    catch
        C:R:S -> {C, R, hd(S)}
    end.

main(_) ->
    Cases = [
        fun() -> io:format(id("~p ~p~n"), [a]) end,
        fun() -> io:format(id("~p~n")) end,
        fun() -> io:fwrite(id("~w"), id(not_a_list)) end,
        fun() -> io:format(standard_io, id("~q"), []) end,
        fun() -> io:put_chars(id([foo])) end,
        fun() -> io:put_chars(standard_io, id(<<255>>)) end,
        fun() -> io:format(id(no_such_device), "x~n", []) end,
        fun() -> io:nl(id(no_such_device)) end,
        fun() -> io:write(id(no_such_device), x) end,
        fun() -> io:put_chars(id(no_such_device), "x") end
    ],
    [io:format("~p~n", [t(F)]) || F <- Cases],
    ok.
