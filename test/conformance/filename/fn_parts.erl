#!/usr/bin/env escript
-module(fn_parts).
-export([main/1]).
-mode(compile).
%% Exercises: filename:basename/1,2, dirname/1, extension/1, rootname/1,2, split/1 on strings

p(X) -> io:format("~p~n", [X]).

main(_) ->
    Names = ["a/b/c.erl", "/a/b", "a//b/", "/", "", "a", ".hidden", "a/.b", "a.b.c",
             "a/b.", "//x", "a/b//", "a/..", "x/y.tar.gz", "../x", "./a.b/c", "a/b.c/d",
             "a/b/", "/a", "///", ".", "..", "a.", ".a.b", "dir.d/", [$a, "/b", ['.', e]]],
    [p({N, filename:basename(N), filename:dirname(N), filename:extension(N),
        filename:rootname(N), filename:split(N)}) || N <- Names],
    B2 = [{"a/b.erl", ".erl"}, {"a/b.erl", "erl"}, {"a/b.erl", ".hrl"}, {"a/b.erl/", ".erl"},
          {"b.erl", "b.erl"}, {"a/.erl", ".erl"}, {"x.erl.erl", ".erl"}, {"a/b", ""},
          {"a/b/", ""}, {"/", ".erl"}, {"a.erl/b", ".erl"}, {"a", "/"}],
    [p({N, E, filename:basename(N, E), filename:rootname(N, E)}) || {N, E} <- B2],
    p(filename:basename(abc)),
    p(filename:dirname('a/b')),
    p(filename:extension('f.txt')),
    p(filename:rootname(['a', ".erl"])),
    p(filename:split(["/a", [$/, "b"], c])).
