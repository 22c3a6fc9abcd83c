#!/usr/bin/env escript
-module(fn_unicode).
-export([main/1]).
-mode(compile).
%% Exercises: filename functions on names with characters above 127, as lists and UTF-8 binaries

p(X) -> io:format("~w~n", [X]).

main(_) ->
    N = "d\x{e9}j\x{e0}/\x{3b1}\x{3b2}.\x{3b3}",
    p(filename:basename(N)),
    p(filename:dirname(N)),
    p(filename:extension(N)),
    p(filename:rootname(N)),
    p(filename:split(N)),
    p(filename:join(N, "\x{20ac}")),
    B = unicode:characters_to_binary(N),
    p(filename:basename(B)),
    p(filename:dirname(B)),
    p(filename:extension(B)),
    p(filename:rootname(B)),
    p(filename:split(B)),
    p(filename:join(B, "\x{20ac}")),
    p(filename:join("\x{20ac}", B)),
    p(filename:absname("\x{e9}", <<"/b">>)),
    p(filename:basename(B, ".\x{3b3}")),
    p(filename:rootname(B, ".\x{3b3}")),
    p(filename:append(B, "\x{e9}")),
    p(filename:nativename("\x{e9}//x/")).
