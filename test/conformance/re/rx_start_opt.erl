#!/usr/bin/env escript
-module(rx_start_opt).
-export([main/1]).
-mode(compile).
%% Exercises: no_start_optimize and (*NO_START_OPT): results stay the same, verbs see every start position

main(_) ->
    r("xxab", "ab"),
    r("xxab", "ab", [no_start_optimize]),
    r("xxab", "(*NO_START_OPT)ab"),
    r("abc", "(*COMMIT)b"),
    r("abc", "(*COMMIT)b", [no_start_optimize]),
    r("abc", "(*NO_START_OPT)(*COMMIT)b"),
    r("aaab", "a+(*COMMIT)b", [no_start_optimize]),
    r("xab", "^ab", [no_start_optimize]),
    r("x\nab", "^ab", [multiline, no_start_optimize]),
    r("ab", "", [global, no_start_optimize]),
    r("AB", "b", [caseless, no_start_optimize]).

r(S, P) -> r(S, P, []).
r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
