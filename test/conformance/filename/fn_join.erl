#!/usr/bin/env escript
-module(fn_join).
-export([main/1]).
-mode(compile).
%% Exercises: filename:join/1,2 and append/2: separators, ".", absolute parts, deep lists, atoms

p(X) -> io:format("~p~n", [X]).
e(F) -> try {ok, F()} catch C:R -> {C, R} end.

main(_) ->
    J2 = [{"a", "b"}, {"a/", "b"}, {"a//", "/b"}, {"a", "/b"}, {"/a", "b/"}, {"", "b"},
          {"a", ""}, {"", ""}, {".", "b"}, {"a/.", "b"}, {"a/./", "./b"}, {"./a", "b"},
          {"a/..", "b"}, {"/", "b"}, {"/", "/"}, {"a", "."}, {"a/b/", "c//d/"},
          {"a", "b/./c"}, {"a.", "b"}, {"x", ".hidden"}, {"/.", "x"}, {"//", "x"}],
    [p({A, B, filename:join(A, B)}) || {A, B} <- J2],
    p(filename:join(["a", "b", "c"])),
    p(filename:join(["/", "usr", "local/", "bin"])),
    p(filename:join(["a"])),
    p(filename:join(["a//b/"])),
    p(filename:join(["a", "/b", "c"])),
    p(filename:join([a, b])),
    p(filename:join(a, "b")),
    p(filename:join("a", b)),
    p(filename:join(["a", [$b, ["c", d]]])),
    p(filename:join([["a", "b"], "c"])),
    p(filename:join([[], "x"])),
    p(filename:join(["/"])),
    p(filename:join(["."])),
    p(filename:join(["./"])),
    p(filename:join(["//a//"])),
    p(filename:append("a", "b")),
    p(filename:append("a/", "/b")),
    p(filename:append("", "")),
    p(filename:append(<<"a">>, "b")),
    p(filename:append("a", <<"b">>)),
    p(e(fun() -> filename:join([]) end)),
    p(e(fun() -> filename:join(1, "a") end)),
    p(e(fun() -> filename:join("a", {b}) end)),
    p(e(fun() -> filename:join(["a", 1]) end)).
