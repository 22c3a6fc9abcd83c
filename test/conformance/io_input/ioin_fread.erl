#!/usr/bin/env escript
-module(ioin_fread).
-export([main/1]).
-mode(compile).
%% Exercises: io:fread/2,3: ~d ~u ~- ~f ~s ~a ~c ~l ~# ~~, widths, suppression, errors

main(_) ->
    p(io:fread("d> ", "~d")),
    p(io:fread("dd> ", "~d ~d")),
    p(io:fread("f> ", "~f")),
    p(io:fread("s> ", "~s ~a")),
    p(io:fread("c> ", "~c~3c")),
    p(io:fread("w> ", "~3d~2s")),
    p(io:fread("sup> ", "~*d ~d")),
    p(io:fread("l> ", "~s~l")),
    p(io:fread("u> ", "~u ~16u ~2u")),
    p(io:fread("sign> ", "~-~d ~-~d")),
    p(io:fread("based> ", "~# ~#")),
    p(io:fread("lit> ", "x=~d, y=~d")),
    p(io:fread("tilde> ", "~~~d")),
    p(io:fread("bad int> ", "~d")),
    p(io:fread("next> ", "~s")),
    p(io:fread("bad float> ", "~f")),
    p(io:fread("mismatch> ", "a~d")),
    p(io:fread("rest> ", "~s")),
    p(io:fread("eof> ", "~d")).

p(X) -> io:format("~p~n", [X]).
