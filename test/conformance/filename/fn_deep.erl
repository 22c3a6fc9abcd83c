#!/usr/bin/env escript
-module(fn_deep).
-export([main/1]).
-mode(compile).
%% Exercises: filename functions on deep lists and atoms: where they are flattened, where they are not

p(X) -> io:format("~p~n", [X]).
e(F) -> try {ok, F()} catch C:R -> {C, R} end.

main(_) ->
    Deep = ["usr", [$/, [local]], ["/", ['bin', "/"]], tool, ".", [sh]],
    p(filename:flatten(Deep)),
    p(filename:basename(Deep)),
    p(filename:dirname(Deep)),
    p(filename:extension(Deep)),
    p(filename:rootname(Deep)),
    p(filename:split(Deep)),
    p(filename:join(Deep, [x, ["y"]])),
    p(filename:join([Deep, [[]], z])),
    p(filename:absname(Deep, ["/", root])),
    p(filename:nativename(Deep)),
    p(filename:pathtype([[[], ["/"]]])),
    p(filename:pathtype([[], a])),
    p(filename:basename([[], "a/b", []])),
    p(filename:join([[], []], "a")),
    p(filename:join('', 'a')),
    p(filename:join(["a", ''])),
    p(e(fun() -> filename:join(["a", [1.0]], "b") end)),
    p(e(fun() -> filename:basename(["a", <<"b">>]) end)),
    p(e(fun() -> filename:split(["a", <<"/b">>]) end)),
    p(e(fun() -> filename:extension([".", <<"b">>]) end)).
