#!/usr/bin/env escript
-module(str_trim_graphemes).
-export([main/1]).
-mode(compile).
%% string:trim/1,2,3 work on grapheme clusters: "\r\n" is one, a base with its
%% combining marks is one; a separator is a code point or a list (a cluster).
main(_) ->
    Cases = [{"a\r\n", trailing, "\r\n"}, {"a\r\n", trailing, ["\r\n"]}, {"a\r\n", trailing, [[$\r, $\n]]},
             {"\r\na\r\n", both, "\r\n"}, {"\r\na\r\n", both, [[$\r, $\n]]}, {"  a  ", both, " "},
             {<<"a\r\n">>, trailing, "\r\n"}, {<<"\r\n a \r\n">>, both, [[$\r, $\n], $\s]},
             {"xxaxx", leading, "x"}, {"e\x{301}e\x{301}", trailing, [[$e, 16#301]]},
             {"e\x{301}e\x{301}", trailing, "e"}, {"\n\r", both, "\r\n"},
             {"ab", trailing, ""}],
    [io:format("~w~n", [string:trim(S, D, C)]) || {S, D, C} <- Cases],
    [io:format("~w~n", [string:trim(S)]) || S <- ["\r\n a \r\n", " \t\n", <<"\r\n\r\nb\r\n">>, "a\x{85}"]],
    [io:format("~w~n", [string:trim(S, D)]) || {S, D} <- [{"\r\n a \r\n", leading}, {"\r\n a \r\n", trailing}]].
