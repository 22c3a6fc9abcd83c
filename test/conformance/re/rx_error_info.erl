#!/usr/bin/env escript
-module(rx_error_info).
-export([main/1]).
-mode(compile).
%% Exercises: the badarg raised by re functions: the first stack entry, with the arguments and error_info (cause badopt for options)

main(_) ->
    e(fun() -> re:run("abc", "a", [bogus]) end),
    e(fun() -> re:run("abc", "a", [{capture, all, bogus}]) end),
    e(fun() -> re:run("abc", "a", [{offset, -1}]) end),
    e(fun() -> re:run("abc", "a", notalist) end),
    e(fun() -> re:run(abc, "a") end),
    e(fun() -> re:run("abc", abc, []) end),
    e(fun() -> re:run("abc", "(") end),
    e(fun() -> re:run("abc", "(", []) end),
    e(fun() -> re:compile("abc", [bogus]) end),
    e(fun() -> re:compile("abc", notalist) end),
    e(fun() -> re:compile(abc) end),
    e(fun() -> re:compile(abc, []) end),
    e(fun() -> re:replace("abc", "(", "x") end),
    e(fun() -> re:replace("abc", "(", "x", []) end),
    e(fun() -> re:replace("abc", "b", "x", [report_errors]) end),
    e(fun() -> re:replace(abc, "b", "x", []) end),
    e(fun() -> re:split("abc", "(") end),
    e(fun() -> re:split("abc", "(", []) end),
    e(fun() -> re:split("abc", "b", [global]) end),
    e(fun() -> re:split(abc, "b", []) end),
    e(fun() -> re:inspect(x, namelist) end),
    e(fun() -> re:run("abc", "a", [{newline, bogus}]) end),
    e(fun() -> re:run("abc", "a", [{capture, bogus}]) end),
    e(fun() -> re:run("abc", "a", [{match_limit, x}]) end),
    e(fun() -> re:run("abc", "a", [{capture, [1.5]}]) end),
    e(fun() -> re:split("abc", "b", [{parts, x}]) end),
    e(fun() -> re:split("abc", "b", [bogus]) end),
    e(fun() -> re:replace("abc", "b", "x", [bogus]) end),
    e(fun() -> re:replace("abc", "b", "x", notalist) end).

e(F) ->
    try F() of
        R -> io:format("ok ~p~n", [R])
    catch
        C:E:St -> io:format("~p~n", [{C, E, hd(St)}])
    end.
