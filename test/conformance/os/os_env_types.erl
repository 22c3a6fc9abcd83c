#!/usr/bin/env escript
-module(os_env_types).
-export([main/1]).
-mode(compile).
%% Exercises: os:putenv/getenv/unsetenv argument types: deep lists, unicode, atoms, binaries, NULs

p(X) -> io:format("~p~n", [X]).
s(F) -> try {ok, F()} catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, _} | _]) -> {M, F, A}.
id(X) -> X.

main(_) ->
    V = "ERLTS_CONF_OS_ENV_TYPES",
    p(s(fun() -> os:putenv(id([V]), "deep") end)),
    p(s(fun() -> os:putenv(V, id(["de", "ep"])) end)),
    p(s(fun() -> os:putenv(V, id(<<"bin">>)) end)),
    p(s(fun() -> os:putenv(id(list_to_atom(V)), "x") end)),
    p(s(fun() -> os:putenv(V, id([0])) end)),
    p(s(fun() -> os:putenv(id(V ++ [0]), "x") end)),
    p(s(fun() -> os:putenv(V, id([16#1f600])) end)),
    p(os:getenv(V)),
    p(s(fun() -> os:getenv(id(V ++ [0])) end)),
    p(s(fun() -> os:unsetenv(id(<<"X">>)) end)),
    p(s(fun() -> os:unsetenv(id("A=B")) end)),
    p(s(fun() -> os:unsetenv(id("")) end)),
    p(os:unsetenv(V)),
    p(os:getenv(V)).
