#!/usr/bin/env escript
-module(os_env).
-export([main/1]).
-mode(compile).
%% Exercises: os:getenv/0,1,2, putenv/2, unsetenv/1, env/0 and their errors

p(X) -> io:format("~p~n", [X]).
e(F) -> try {ok, F()} catch C:R -> {C, R} end.
s(F) -> try {ok, F()} catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, _} | _]) -> {M, F, A}.

main(_) ->
    V = "ERLTS_CONF_OS_ENV",
    p(os:getenv(V)),
    p(os:getenv(V, "default")),
    p(os:putenv(V, "value 1")),
    p(os:getenv(V)),
    p(os:getenv(V, "default")),
    p(lists:member(V ++ "=value 1", os:getenv())),
    p(lists:member({V, "value 1"}, os:env())),
    p(os:putenv(V, "")),
    p(os:getenv(V)),
    p(os:putenv(V, "caf\x{e9}")),
    p(os:getenv(V)),
    p(os:unsetenv(V)),
    p(os:getenv(V)),
    p(os:unsetenv(V)),
    p(lists:keymember(V, 1, os:env())),
    p(is_list(os:getenv("PATH"))),
    p(lists:all(fun(S) -> is_list(S) andalso lists:member($=, S) end, os:getenv())),
    p(lists:all(fun({K, Val}) -> is_list(K) andalso is_list(Val) end, os:env())),
    p(os:getenv("")),
    p(s(fun() -> os:getenv(id("A=B")) end)),
    p(s(fun() -> os:getenv(id(atom)) end)),
    p(s(fun() -> os:getenv(id(<<"PATH">>)) end)),
    p(s(fun() -> os:getenv(id(1), "d") end)),
    p(s(fun() -> os:putenv(id("A=B"), "c") end)),
    p(s(fun() -> os:putenv(id(""), "c") end)),
    p(s(fun() -> os:putenv(V, id(value)) end)),
    p(e(fun() -> os:unsetenv(id(1)) end)),
    p(os:getenv(V)).

id(X) -> X.
