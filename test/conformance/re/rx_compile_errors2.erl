#!/usr/bin/env escript
-module(rx_compile_errors2).
-export([main/1]).
-mode(compile).
%% Exercises: compile errors for escapes, names and references: PCRE's messages and offsets

main(_) ->
    lists:foreach(fun(P) -> io:format("~p -> ~p~n", [P, c(P, [])]) end,
                  ["\\", "a\\", "\\c", "\\x{100}", "\\x{zz}", "\\o{", "\\o{9}", "\\g", "\\g{",
                   "\\g{0}", "\\g{x", "\\k", "\\k<a", "\\k<a>", "(?<a>x)\\k<b>", "\\2(a)",
                   "(?<1>a)", "(?<a>x)(?<a>y)", "(?P=n)", "(?P>n)", "(?&n)", "(?1)", "(?-1)",
                   "(?+1)", "(?R", "(?1", "(?<a-b>x)", "\\p{Foo}", "\\pZ", "\\p{Lu"]),
    io:format("~p~n", [c("\\x{110000}", [unicode])]),
    io:format("~p~n", [c(<<"a", 255, "b">>, [unicode])]),
    io:format("~p~n", [c(<<"é(", 0>>, [unicode])]),
    io:format("~p~n", [c(<<"é("/utf8>>, [unicode])]).

c(P, O) ->
    case re:compile(P, O) of
        {ok, MP} -> {ok, element(2, MP)};
        Err -> Err
    end.
