#!/usr/bin/env escript
-module(b64_whitespace).
-export([main/1]).
-mode(compile).
%% Exercises: base64:decode/1 and mime_decode/1 with white space and other bytes in
%% every position of a group, including around and after the padding, and with bytes
%% that are white space to one decoder and noise to the other (form feed, NUL, 8-bit).

main(_) ->
    Cases = [" Zm9v", "Z m9v", "Zm 9v", "Zm9 v", "Zm9v ", "Zm8 =", "Zm8= ", "Zg= =",
             "Zg =\t=", "\tZ\ng\r=\s=\n", "Zm9v\fYmFy", "Zm9v\vYmFy", [$Z, $m, $9, $v, 0],
             [$Z, 200, $m, $9, $v], "Zm9v====", "Zm9v=", "Zm9v\n=", "Zg==\n\n", "Zg==\f",
             "Zm8=\n=", "Z\r\nm\r\n9\r\nv", "==Zm9v", "Zm-9v", "Zm_9v", "Zm9v.", "Zm9v\\"],
    [io:format("~p: ~p ~p~n", [C, t(fun() -> base64:decode(C) end),
                               t(fun() -> base64:mime_decode(C) end)])
     || C <- Cases],
    ok.

t(F) ->
    try F() catch C:R -> {C, R} end.
