#!/usr/bin/env escript
-module(ioin_erl_scan).
-export([main/1]).
-mode(compile).
%% Exercises: erl_scan:string/1,2, erl_scan:tokens/3 continuations and erl_parse:parse_term/1

main(_) ->
    p(erl_scan:string("foo(X, 1.5) -> {ok, \"s\", $a}.")),
    p(erl_scan:string("a\nb c", 5)),
    p(erl_scan:string("x + 1", {3, 7})),
    p(erl_scan:string("case when end fun of 16#ff 2#101 'Q a' <<>> =:= /= ++")),
    p(erl_scan:string("")),
    {more, C1} = erl_scan:tokens([], "{a, ", 1),
    {more, C2} = erl_scan:tokens(C1, "b}", 1),
    p(erl_scan:tokens(C2, ". rest", 1)),
    p(erl_scan:tokens([], eof, 1)),
    p(erl_scan:tokens([], "x. y.", 1)),
    {ok, T1, _} = erl_scan:string("{a, [1, 2 | c], <<1, 2>>, \"str\", #{k => -1}}."),
    p(erl_parse:parse_term(T1)),
    {ok, T2, _} = erl_scan:string("{a, }."),
    p(erl_parse:parse_term(T2)),
    {ok, T3, _} = erl_scan:string("f(x)."),
    p(erl_parse:parse_term(T3)),
    {ok, T4, _} = erl_scan:string("[1, 2.0, -3, 'x y', $z]."),
    p(erl_parse:parse_term(T4)),
    {ok, T5, _} = erl_scan:string("X."),
    p(erl_parse:parse_term(T5)),
    {ok, T6, _} = erl_scan:string("1 + 2."),
    p(erl_parse:parse_term(T6)).

p(X) -> io:format("~p~n", [X]).
