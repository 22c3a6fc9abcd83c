#!/usr/bin/env escript
-module(ioin_lib_fread).
-export([main/1]).
-mode(compile).
%% Exercises: io_lib:fread/2,3 directly: results, leftovers, more, errors

main(_) ->
    p(io_lib:fread("~d", "12 rest")),
    p(io_lib:fread("~d~d", "12")),
    p(io_lib:fread("~s ~d", "abc 7\n")),
    p(io_lib:fread("~f", "1")),
    p(io_lib:fread("~f", "1.5e3x")),
    p(io_lib:fread("~a", "  atom  ")),
    p(io_lib:fread("~5c", "ab\ncd")),
    p(io_lib:fread("~x", "1")),
    p(io_lib:fread("~ts", [955, 32, 97])),
    p(io_lib:fread("~s", [955, 32, 97])),
    p(io_lib:fread("~d", "")),
    p(io_lib:fread([], "12\n", "~d")),
    p(io_lib:fread([], "12", "~d")),
    {more, C} = io_lib:fread([], "1 ", "~d ~d"),
    p(io_lib:fread(C, "2\n", "~d ~d")),
    p(io_lib:fread([], eof, "~d")),
    p(io_lib:fread([], "x\n", "~d")),
    p(io_lib:fread([], "5 6 7\n", "~d")).

p(X) -> io:format("~p~n", [X]).
