#!/usr/bin/env escript
-module(rx_precompiled).
-export([main/1]).
-mode(compile).
%% Exercises: running a compiled pattern: same results as the source, run-time options allowed, compile options refused

main(_) ->
    {ok, MP} = re:compile("(\\w+)@(\\w+)"),
    r("me@host", MP),
    r("me@host you@there", MP, [global, {capture, all_but_first, list}]),
    r("me@host", MP, [{offset, 3}]),
    r("me@host", MP, [anchored]),
    r(" me@host", MP, [anchored]),
    r("me@host", MP, [notempty, notbol, noteol]),
    r("me@host", MP, [caseless]),
    r("me@host", MP, [unicode]),
    r("me@host", MP, [dotall]),
    r("me@host", MP, [report_errors, {match_limit, 100000}]),
    {ok, CI} = re:compile("abc", [caseless]),
    r("xABC", CI),
    {ok, NL} = re:compile("a$", [{newline, cr}]),
    r("a\r", NL),
    r("a\n", NL),
    r("a\n", NL, [{newline, lf}]),
    {ok, UM} = re:compile("é+", [unicode]),
    r("éé", UM),
    r(<<"éé"/utf8>>, UM, [{capture, all, list}]),
    r("éé", UM, [unicode]),
    {ok, AN} = re:compile("b", [anchored]),
    r("ab", AN),
    r("ba", AN),
    r("ab", {re_pattern, 0, 0, 0, <<"garbage">>}),
    r("ab", {something, else}).

r(S, P) -> r(S, P, []).
r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
