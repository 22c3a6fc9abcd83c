#!/usr/bin/env escript
-module(str_length_graphemes).
-export([main/1]).
-mode(compile).
%% Exercises: string:length/1 counts grapheme clusters: CR LF is one, a letter with
%% combining marks is one; lists, binaries and mixed chardata; a lone CR or LF

main(_) ->
    Cases = ["", "abc", "a\r\n", "\r\n\r\n", "\n\r", "\r\r\n", "e\x{301}x", "e\x{301}\x{302}",
             "\x{301}", <<"a\r\nb"/utf8>>, <<"e\x{301}"/utf8>>, ["ab", <<"c\r">>, "\n"],
             [$a, [$\r], [[$\n]]], "日本語", "x\x{200D}y"],
    [io:format("~w~n", [string:length(C)]) || C <- Cases],
    ok.
