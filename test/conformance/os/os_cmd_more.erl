#!/usr/bin/env escript
-module(os_cmd_more).
-export([main/1]).
-mode(compile).
%% Exercises: os:cmd/1 with long output, unicode, quoting, working directory and background-free pipes

p(X) -> io:format("~p~n", [X]).

main(_) ->
    Out = os:cmd("seq 1 5000"),
    p({length(Out), lists:sublist(Out, 8), lists:last(Out)}),
    p(length(string:lexemes(Out, "\n"))),
    p(os:cmd("echo 'single \"quoted\"'")),
    p(os:cmd("echo \"double 'quoted'\"")),
    p(os:cmd("echo caf\x{e9}")),
    p(os:cmd("echo \x{3b1}\x{3b2}")),
    p(os:cmd("printf 'no newline'")),
    p(os:cmd("printf '\\377\\376'")),
    p(os:cmd("pwd") =:= element(2, file:get_cwd()) ++ "\n"),
    p(os:cmd("cd /tmp && pwd")),
    p(os:cmd("pwd") =:= element(2, file:get_cwd()) ++ "\n"),
    p(os:cmd("x=1; y=2; echo $((x + y))")),
    p(os:cmd("for i in a b c; do printf $i; done")),
    p(os:cmd("nonexistent-command-erlts 2>/dev/null; echo status $?")),
    p(os:cmd("echo line1\necho line2")),
    p(os:cmd("")),
    p(os:cmd("  ")).
