#!/usr/bin/env escript
-module(rx_offset).
-export([main/1]).
-mode(compile).
%% Exercises: the offset option: where the search starts, ^ and \A and \G relative to it, with global, unicode and bad offsets

main(_) ->
    r("abcabc", "abc", [{offset, 0}]),
    r("abcabc", "abc", [{offset, 1}]),
    r("abcabc", "abc", [{offset, 3}]),
    r("abcabc", "abc", [{offset, 4}]),
    r("abcabc", "", [{offset, 6}]),
    r("abcabc", "$", [{offset, 6}]),
    r("abcabc", "^abc", [{offset, 3}]),
    r("abcabc", "\\Aabc", [{offset, 3}]),
    r("abcabc", "\\Gabc", [{offset, 3}]),
    r("abcabc", "(?<=c)abc", [{offset, 3}]),
    r("abcabc", "\\babc", [{offset, 3}]),
    r("a1a2a3", "a\\d", [global, {offset, 2}]),
    r("abcabc", "b", [{offset, 1}, {offset, 3}]),
    r(<<"éa"/utf8>>, "a", [unicode, {offset, 2}]),
    r(<<"éa"/utf8>>, "a", [unicode, {offset, 1}]),
    r("abc", "a", [{offset, -1}]),
    r("abc", "a", [{offset, foo}]),
    r("abc", "c", [{offset, 2}, anchored]),
    r("abc", "b", [{offset, 2}, anchored]),
    r("abc", "a").

r(S, P) -> r(S, P, []).
r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
