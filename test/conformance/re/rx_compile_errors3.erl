#!/usr/bin/env escript
-module(rx_compile_errors3).
-export([main/1]).
-mode(compile).
%% Exercises: compile errors for verbs, conditionals, lookbehind, POSIX classes, recursion and comments

main(_) ->
    lists:foreach(fun(P) -> io:format("~p -> ~p~n", [P, c(P)]) end,
                  ["(*FOO)", "(*F", "(*ACCEPT:x)", "(*THEN:x)", "(*)", "(?(1)a|b|c)(x)",
                   "(?(2)a)(x)", "(?(?a)x)", "(?(nope)a)", "(?(1)a", "(?<=a+)b", "(?<!a*)b",
                   "(?<=a|bc)d", "(?<=(?:a|bc))d", "(?<=a(?:b|cd))e", "(?<=\\d{2,3})x",
                   "(?<=\\R)x", "(?<=\\X)x", "(?<=a\\Kb)c", "[[:foo:]]", "[[:alpha:]",
                   "[[.a.]]", "[[=a=]]", "[:alpha:]", "[[:alpha:]-z]", "(?R)", "a(?R)",
                   "(a|(?1)b)", "(a?(?1))", "(?#comment", "a(?#ok)b", "(?C)a", "(?C1)a"]).

c(P) ->
    case re:compile(P) of
        {ok, MP} -> {ok, element(2, MP)};
        Err -> Err
    end.
