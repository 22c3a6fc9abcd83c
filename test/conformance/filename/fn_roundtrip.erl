#!/usr/bin/env escript
-module(fn_roundtrip).
-export([main/1]).
-mode(compile).
%% Exercises: filename:split/1 then join/1 (and dirname+basename) giving back a normalised name

p(X) -> io:format("~p~n", [X]).

main(_) ->
    Names = ["a/b/c", "/a/b/c", "a//b///c/", "/", "a", "./a/./b", "../../x", "/a/../b",
             "x.y/z.w", "//"],
    [p({N, filename:join(filename:split(N)),
        filename:join(filename:dirname(N), filename:basename(N)),
        filename:join(filename:rootname(N), "") ++ "|" ++ filename:extension(N)})
     || N <- Names],
    Bins = [list_to_binary(N) || N <- Names],
    [p({B, filename:join(filename:split(B)),
        filename:join(filename:dirname(B), filename:basename(B))}) || B <- Bins, B =/= <<"//">>].
