#!/usr/bin/env escript
-module(os_env_cmd).
-export([main/1]).
-mode(compile).
%% Exercises: the environment as seen by os:cmd/1 after putenv/unsetenv, and unicode values

p(X) -> io:format("~p~n", [X]).

main(_) ->
    V = "ERLTS_CONF_OS_ENV_CMD",
    os:unsetenv(V),
    p(os:cmd("echo \"[$" ++ V ++ "]\"")),
    true = os:putenv(V, "hello world"),
    p(os:cmd("echo \"[$" ++ V ++ "]\"")),
    true = os:putenv(V, "\x{e9}t\x{e9}"),
    p(os:getenv(V)),
    p(os:cmd("printf %s \"$" ++ V ++ "\" | od -An -tx1 | tr -s ' '")),
    true = os:putenv(V, "a=b=c"),
    p(os:getenv(V)),
    p(os:cmd("echo $" ++ V)),
    true = os:putenv(V, "  spaced  "),
    p(os:getenv(V)),
    p(os:cmd("env | grep -c '^" ++ V ++ "='")),
    true = os:unsetenv(V),
    p(os:cmd("env | grep -c '^" ++ V ++ "='")),
    p(os:getenv(V, default)),
    Long = lists:duplicate(5000, $z),
    true = os:putenv(V, Long),
    p(length(os:getenv(V))),
    p(length(os:cmd("printf %s $" ++ V))),
    true = os:unsetenv(V),
    p(os:getenv(V)).
