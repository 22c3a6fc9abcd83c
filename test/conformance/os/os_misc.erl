#!/usr/bin/env escript
-module(os_misc).
-export([main/1]).
-mode(compile).
%% Exercises: os:cmd/2 option errors, find_executable/2 with odd paths, getenv/0 shape, timestamp shape

p(X) -> io:format("~p~n", [X]).
s(F) -> try {ok, F()} catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, _} | _]) -> {M, F, A}.
id(X) -> X.

main(_) ->
    p(s(fun() -> os:cmd("echo x", id(#{max_size => a})) end)),
    p(s(fun() -> os:cmd("echo x", id(#{bogus => 1})) end)),
    p(os:cmd("printf abcdef", #{max_size => 0})),
    p(os:cmd("printf abcdef", #{max_size => 6})),
    p(os:cmd("printf abcdef", #{max_size => 100})),
    p(os:find_executable("sh", "/usr:/bin")),
    p(os:find_executable("sh", ":/bin")),
    p(os:find_executable("sh", "/bin:")),
    p(os:find_executable("sh", "//bin")),
    p(os:find_executable("bin/sh", "/")),
    p(os:find_executable("../bin/sh", "/usr")),
    p(os:find_executable("sh", "/bin/sh")),
    p(os:find_executable("", "/bin")),
    p(s(fun() -> os:find_executable(id(sh), "/bin") end)),
    {A, B, C} = os:timestamp(),
    p([is_integer(X) || X <- [A, B, C]]),
    p(is_integer(os:system_time())),
    p(os:type() =:= {unix, linux}).
