#!/usr/bin/env escript
-module(fn_errors).
-export([main/1]).
-mode(compile).
%% Exercises: the errors of filename functions on bad arguments (which class, which reason)

p(X) -> io:format("~p~n", [X]).
e(F) -> try {ok, F()} catch C:R -> {C, R} end.
id(X) -> X.

main(_) ->
    Bad = [1, 1.5, {a}, self(), #{}],
    [p({B, e(fun() -> filename:basename(id(B)) end),
           e(fun() -> filename:dirname(id(B)) end),
           e(fun() -> filename:extension(id(B)) end),
           e(fun() -> filename:rootname(id(B)) end),
           e(fun() -> filename:split(id(B)) end),
           e(fun() -> filename:flatten(id(B)) end)}) || B <- Bad],
    p(e(fun() -> filename:join(id([1, 2])) end)),
    p(e(fun() -> filename:join(id("a"), id(1)) end)),
    p(e(fun() -> filename:join(id(<<"a">>), id(1)) end)),
    p(e(fun() -> filename:join(id(<<"a">>), id([1000000000])) end)),
    p(e(fun() -> filename:join(id({}), id("a")) end)),
    p(e(fun() -> filename:join(id(x)) end)),
    p(e(fun() -> filename:basename("a", id(1)) end)),
    p(e(fun() -> filename:basename(<<"a">>, id(1)) end)),
    p(e(fun() -> filename:rootname("a.b", id(2)) end)),
    p(e(fun() -> filename:absname(id(1)) end)),
    p(e(fun() -> filename:absname("a", id(1)) end)),
    p(e(fun() -> filename:absname_join(id(1), "a") end)),
    p(e(fun() -> filename:nativename(id(1)) end)),
    p(e(fun() -> filename:append(id(1), "a") end)),
    p(e(fun() -> filename:basename(id([$a, 1.5])) end)),
    p(e(fun() -> filename:dirname(id([$a | b])) end)),
    p(e(fun() -> filename:split(id([$/, {x}])) end)).
