#!/usr/bin/env escript
-module(rx_word_boundary).
-export([main/1]).
-mode(compile).
%% Exercises: word boundaries \b and \B at ends, between word and non-word characters, Latin-1 letters

main(_) ->
    r("cat concat cat", "\\bcat\\b", [global]),
    r("cat concat cat", "\\Bcat", [global]),
    r("cat", "\\b", [global]),
    r("a b", "\\B", [global]),
    r(" ", "\\B", [global]),
    r("", "\\b"),
    r("", "\\B"),
    r("hello, world!", "\\b\\w+\\b", [global, {capture, all, list}]),
    r("x_y", "\\bx\\b"),
    r("x-y", "\\bx\\b"),
    r(<<"caf", 233, " ok">>, "\\w+\\b", [global]),
    r("Word", "\\bword\\b", [caseless]),
    r("123abc", "\\b\\d+"),
    r("abc123", "\\B\\d+"),
    r("a.b", "\\b.\\b", [global]).

r(S, P) -> r(S, P, []).
r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
