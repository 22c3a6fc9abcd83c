#!/usr/bin/env escript
-module(fmt_nested_format_text).
-export([main/1]).
-mode(compile).
%% Exercises: lists and binaries nested in a format are copied as text, their
%% tildes included; only the format's own characters are scanned for control
%% sequences (so a format made of strings, not characters, takes no arguments)

main(_) ->
    io:fwrite(["abc", ["d~~e"], $f, "\n"], []),
    io:fwrite([$x, $\s, $~, $p, [<<" y~n">>], $\n], [1]),
    io:format([["a"] | "~w~n"], [two]),
    io:format("~s~n", [io_lib:format([$[ | "~s]"] ++ [["~p"]], ["in"])]),
    io:format("~p~n", [element(1, catch io_lib:format(["x ~p"], [1]))]),
    io:format("~p~n", [element(1, catch io_lib:format([$a, ["~w"]], [1]))]),
    io:format("~p~n", [lists:flatten(io_lib:format([["~~"] | "~~"], []))]).
