#!/usr/bin/env escript
-module(os_cmd).
-export([main/1]).
-mode(compile).
%% Exercises: os:cmd/1,2 (output, shell features, environment, max_size, errors)

p(X) -> io:format("~p~n", [X]).
s(F) -> try {ok, F()} catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, _} | _]) -> {M, F, A}.
id(X) -> X.

main(_) ->
    p(os:cmd("echo hi")),
    p(os:cmd('echo atom')),
    p(os:cmd("printf 'a\\nb'")),
    p(os:cmd("true")),
    p(os:cmd("echo one; echo two | tr a-z A-Z")),
    p(os:cmd("exit 3")),
    p(os:cmd("echo to-stderr 1>&2; echo out")),
    p(os:cmd("printf '\\303\\251'")),
    os:putenv("ERLTS_CONF_OS_CMD", "from erlang"),
    p(os:cmd("echo $ERLTS_CONF_OS_CMD")),
    os:unsetenv("ERLTS_CONF_OS_CMD"),
    p(os:cmd("echo \"[$ERLTS_CONF_OS_CMD]\"")),
    p(os:cmd("cat")),
    p(os:cmd(["echo", " ", "deep"])),
    p(os:cmd("echo 0123456789", #{max_size => 4})),
    p(os:cmd("echo 0123456789", #{max_size => infinity})),
    p(os:cmd("echo abc", #{})),
    p(os:cmd("cd test/conformance && ls -d os")),
    p(s(fun() -> os:cmd(id(123)) end)),
    p(s(fun() -> os:cmd(id(<<"echo bin">>)) end)),
    p(s(fun() -> os:cmd(id([$e, foo])) end)),
    p(s(fun() -> os:cmd("echo x", id([])) end)).
