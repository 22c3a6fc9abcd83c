#!/usr/bin/env escript
-module(rx_inspect).
-export([main/1]).
-mode(compile).
%% Exercises: re:inspect/2 namelist (sorted names, duplicates, none), re:version/0, inspect argument errors

main(_) ->
    p(fun() -> re:inspect(mp("(?<b>x)(?<a>y)(?<c>z)", []), namelist) end),
    p(fun() -> re:inspect(mp("(a)(b)", []), namelist) end),
    p(fun() -> re:inspect(mp("abc", []), namelist) end),
    p(fun() -> re:inspect(mp("(?<Zeta>x)(?<alpha>y)(?<_u>z)(?<B1>w)", []), namelist) end),
    p(fun() -> re:inspect(mp("(?<n>a)|(?<n>b)|(?<m>c)", [dupnames]), namelist) end),
    p(fun() -> re:inspect(mp("(?<é>a)", [unicode]), namelist) end),
    p(fun() -> re:inspect(mp("(?|(?<n>a)|(?<n>b))", []), namelist) end),
    p(fun() -> re:inspect(mp("(?J)(?<n>a)|(?<n>b)|(?<m>c)", []), namelist) end),
    p(fun() -> re:inspect(mp("(?<n>a)", []), foo) end),
    p(fun() -> re:inspect("(?<n>a)", namelist) end),
    p(fun() -> re:inspect({re_pattern, 1, 0, 0, <<>>}, namelist) end),
    p(fun() -> is_binary(re:version()) end),
    p(fun() -> re:version() end).

mp(P, O) ->
    {ok, MP} = re:compile(P, O),
    MP.

p(F) -> io:format("~p~n", [try F() catch C:E -> {C, E} end]).
