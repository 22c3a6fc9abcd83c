#!/usr/bin/env escript
-module(rx_compile_errors1).
-export([main/1]).
-mode(compile).
%% Exercises: compile errors for parentheses, brackets and quantifiers: PCRE's messages and offsets

main(_) ->
    lists:foreach(fun(P) -> io:format("~p -> ~p~n", [P, c(P)]) end,
                  ["a(", "a)", "(a", "((a)", "(a))", "[a", "[a-", "[\\", "[]", "[^]",
                   "a{2,1}", "a{65536}", "a{1,65536}", "*a", "a**", "a|*", "+", "?", "a???",
                   "a{1}{2}", "a*{2}", "(?", "(?<", "(?P", "(?x", "(?i-m-s)", "()*+?",
                   "a{1,2}+", "a{1,2}+?"]).

c(P) ->
    case re:compile(P) of
        {ok, MP} -> {ok, element(2, MP)};
        Err -> Err
    end.
