#!/usr/bin/env escript
-module(fil_wildcard_more).
-export([main/1]).
-mode(compile).
%% Exercises: filelib:wildcard/2 corner cases: ranges, escapes, nested alternatives, "." and "..", "**"

p(X) -> io:format("~p~n", [X]).

main(_) ->
    D = "/tmp/erlts_conf_fil_wildcard_more",
    _ = file:del_dir_r(D),
    J = fun(N) -> filename:join(D, N) end,
    ok = filelib:ensure_path(J("d1/e")),
    ok = filelib:ensure_path(J("d2")),
    [ok = file:write_file(J(F), F) || F <- ["a1", "a2", "b9", "x*y", "q?", "c.txt", "C.TXT",
                                           "d1/f.txt", "d1/e/g.txt", "d2/h.md", "{br}"]],
    W = fun(P) -> filelib:wildcard(P, D) end,
    p(W("[a-b][0-9]")),
    p(W("[ab]?")),
    p(W("[a-z]*")),
    p(W("[A-Z]*")),
    p(W("x\\*y")),
    p(W("q\\?")),
    p(W("{d1,d2}/*")),
    p(W("*.{txt,TXT}")),
    p(W("./*.txt")),
    p(W("d1/../*.txt")),
    p(W("**")),
    p(W("**/")),
    p(W("d1/**")),
    p(W("**/*.md")),
    p(W("*/e/*")),
    p(W("*/*/*")),
    p(W("?")),
    p(W("??")),
    p(W("{br}")),
    p(W("\\{br\\}")),
    p(W("d1/e/g.txt")),
    p(W("d1/e/none.txt")),
    p(file:del_dir_r(D)).
