#!/usr/bin/env escript
-module(rx_replace_iodata).
-export([main/1]).
-mode(compile).
%% Exercises: re:replace with the default iodata return: the exact shape of the result for one, many, none and empty matches

main(_) ->
    p(fun() -> re:replace("abcabc", "b", "X") end),
    p(fun() -> re:replace("abcabc", "b", "X", [global]) end),
    p(fun() -> re:replace("abcabc", "b", "[&]", [global]) end),
    p(fun() -> re:replace("abcabc", "(b)", "<\\1|\\1>", [global]) end),
    p(fun() -> re:replace("abc", "x", "y") end),
    p(fun() -> re:replace(<<"abc">>, "x", "y") end),
    p(fun() -> re:replace(["a", <<"b">>], "x", "y") end),
    p(fun() -> re:replace("abc", "c", "y") end),
    p(fun() -> re:replace("abc", "a", "y") end),
    p(fun() -> re:replace("abc", "abc", "y") end),
    p(fun() -> re:replace("abc", "b", "") end),
    p(fun() -> re:replace("abc", "b", "", [global]) end),
    p(fun() -> re:replace("abc", "", "-", [global]) end),
    p(fun() -> re:replace("abc", "b", "&") end),
    p(fun() -> re:replace("abc", "b", "&x") end),
    p(fun() -> re:replace("abc", "b", [<<"x">>, $y]) end),
    p(fun() -> re:replace("abc", "b", "x", [{return, iodata}]) end),
    p(fun() -> iolist_to_binary(re:replace("a-b-c", "-", "+", [global])) end),
    p(fun() -> re:replace("", "x", "y") end),
    p(fun() -> re:replace("", "", "y") end).

p(F) -> io:format("~p~n", [try F() catch C:E -> {C, E} end]).
