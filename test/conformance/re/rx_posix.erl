#!/usr/bin/env escript
-module(rx_posix).
-export([main/1]).
-mode(compile).
%% Exercises: POSIX classes inside brackets, negated POSIX classes, Latin-1 bytes, unknown names and misplaced classes

main(_) ->
    lists:foreach(fun(C) -> m(C) end,
                  ["alpha", "digit", "alnum", "upper", "lower", "space", "punct",
                   "xdigit", "blank", "cntrl", "graph", "print", "word", "ascii"]),
    r("abc123", "[[:^alpha:]]+", [{capture, all, list}]),
    r("abc123", "[[:digit:][:upper:]]+", [{capture, all, list}]),
    r(<<"caf", 233>>, "[[:alpha:]]+", [{capture, all, index}]),
    r(<<"X", 201>>, "[[:upper:]]+", [{capture, all, index}]),
    r("abc", "[[:foo:]]"),
    r("abc", "[[.a.]]"),
    r("abc", "[[=a=]]"),
    r("abc", "[:alpha:]"),
    r("abc", "[[:alpha:]"),
    r("a:b", "[:a]+", [{capture, all, list}]).

%% Which of a fixed set of bytes each class matches.
m(Name) ->
    Sample = "aZ5 \t_!~" ++ [127, 160, 170, 200, 215, 223, 247, 255],
    Re = "[[:" ++ Name ++ ":]]",
    Hits = [C || C <- Sample, re:run([C], Re) =/= nomatch],
    io:format("~s ~w~n", [Name, Hits]).

r(S, P) -> r(S, P, []).
r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
