#!/usr/bin/env escript
-module(fil_wildcard).
-export([main/1]).
-mode(compile).
%% Exercises: filelib:wildcard/1,2: *, ?, [..], {..}, **, literal parts, absolute patterns

p(X) -> io:format("~p~n", [X]).
e(F) -> try {ok, F()} catch C:R -> {C, R} end.

main(_) ->
    D = "/tmp/erlts_conf_fil_wildcard",
    _ = file:del_dir_r(D),
    J = fun(N) -> filename:join(D, N) end,
    ok = filelib:ensure_dir(J("src/sub/deep/x")),
    ok = filelib:ensure_dir(J("lib/x")),
    [ok = file:write_file(J(F), F) || F <- ["a.erl", "b.erl", "c.hrl", ".hidden", "README",
                                           "src/m.erl", "src/n.txt", "src/sub/s.erl",
                                           "src/sub/deep/d.erl", "lib/l1.erl", "lib/l2.beam"]],
    W = fun(P) -> filelib:wildcard(P, D) end,
    p(W("*.erl")),
    p(W("*")),
    p(W("?.erl")),
    p(W("[ab].erl")),
    p(W("[a-b].*")),
    p(W("*.{erl,hrl}")),
    p(W("{src,lib}/*.erl")),
    p(W("src/*")),
    p(W("**/*.erl")),
    p(W("src/**/*.erl")),
    p(W("*/*.erl")),
    p(W("README")),
    p(W("MISSING")),
    p(W("src/sub")),
    p(W("nodir/*.erl")),
    p(W("src/../*.hrl")),
    p(filelib:wildcard(D ++ "/*.hrl")),
    p(filelib:wildcard(D ++ "/src/*.txt", "/")),
    p(filelib:wildcard("*.erl", D ++ "/lib")),
    p(length(filelib:wildcard("test/conformance/file/fil_wildcard.*")) >= 1),
    p(filelib:wildcard("test/conformance/file/fil_wildcard.erl")),
    p(e(fun() -> filelib:wildcard(123) end)),
    p(file:del_dir_r(D)).
