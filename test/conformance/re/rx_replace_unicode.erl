#!/usr/bin/env escript
-module(rx_replace_unicode).
-export([main/1]).
-mode(compile).
%% Exercises: re:replace with unicode: UTF-8 subjects and replacements, list results as code points, binaries

main(_) ->
    U = [unicode],
    p(fun() -> re:replace("héllo", "é", "e", [{return, list} | U]) end),
    p(fun() -> re:replace("héllo", "é", "e", [{return, binary} | U]) end),
    p(fun() -> re:replace("héllo", "é", "e", U) end),
    p(fun() -> re:replace("hello", "e", "é", [{return, list} | U]) end),
    p(fun() -> re:replace("hello", "e", "é", [{return, binary} | U]) end),
    p(fun() -> re:replace(<<"日本語"/utf8>>, ".", "[&]", [global, {return, list} | U]) end),
    p(fun() -> re:replace("日本語", "本", "", [{return, binary} | U]) end),
    p(fun() -> re:replace("aé", "", "|", [global, {return, list} | U]) end),
    p(fun() -> re:replace("ÀB", "(\\w)", "<\\1>", [global, {return, list} | U]) end),
    p(fun() -> re:replace("ÀB", "(\\w)", "<\\1>", [global, ucp, {return, list} | U]) end),
    p(fun() -> re:replace(<<"é"/utf8>>, ".", "x", [global, {return, list}]) end),
    p(fun() -> re:replace("é", ".", "x", [global, {return, binary}]) end),
    {ok, MP} = re:compile("ü", [unicode]),
    p(fun() -> re:replace("Müller", MP, "ue", [{return, list}]) end),
    p(fun() -> re:replace("Müller", MP, "ue", [{return, binary}]) end),
    p(fun() -> re:replace([$a, 300], "a", "b", [{return, list}]) end),
    p(fun() -> re:replace(<<"a", 255>>, "a", "b", [unicode]) end).

p(F) -> io:format("~p~n", [try F() catch C:E -> {C, E} end]).
