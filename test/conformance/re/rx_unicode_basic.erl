#!/usr/bin/env escript
-module(rx_unicode_basic).
-export([main/1]).
-mode(compile).
%% Exercises: the unicode option: UTF-8 subjects, byte offsets in results, list results as code points, chardata subjects, bad UTF-8

main(_) ->
    U = [unicode],
    r("héllo", "l+", U),
    r(<<"héllo"/utf8>>, "l+", U),
    r(<<"héllo"/utf8>>, "l+"),
    r(<<"héllo"/utf8>>, ".l", [{capture, all, list} | U]),
    r(<<"héllo"/utf8>>, ".l", [{capture, all, binary} | U]),
    r(<<"héllo"/utf8>>, ".l", [{capture, all, binary}]),
    r("日本語テキスト", "\\x{8a9e}(.)", [{capture, all, list} | U]),
    r("日本語", ".", [global | U]),
    r("a€b", "€", U),
    r([$a, <<"€"/utf8>>, "b"], "€b", U),
    r("🙂x", ".x", [{capture, all, index} | U]),
    r("🙂x", "\\x{1F642}", U),
    r("é", "é"),
    r("é", <<"é"/utf8>>, U),
    r(<<"é"/utf8>>, <<"é"/utf8>>, U),
    r([$a, 300], "a"),
    r([$a, 300], "a", U),
    r(<<"a", 255>>, "a", U),
    r(<<"a", 255>>, "a"),
    r("aé", "é", [{offset, 2} | U]),
    r(<<"aé"/utf8>>, "$", [{offset, 3} | U]),
    r("Ā", "[^a]", [{capture, all, list} | U]).

r(S, P) -> r(S, P, []).
r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).
