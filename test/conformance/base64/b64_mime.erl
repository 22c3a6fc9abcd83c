#!/usr/bin/env escript
-module(b64_mime).
-export([main/1]).
-mode(compile).
%% Exercises: base64:mime_decode/1 and mime_decode_to_string/1: characters outside the
%% alphabet and NUL bytes are skipped, padding ends a group only in the third or fourth
%% place, a `=` followed by more data is dropped, line breaks of MIME bodies; errors for
%% truncated groups and non-bytes.

main(_) ->
    Ins = [<<"Zm9v\r\nYmFy">>, <<"Zm9vYmFy!!">>, <<"Z!m@9#v$">>, <<0, "Zm9v", 0>>,
           <<"Zg==">>, <<"Zg=">>, <<"Zm8=">>, <<"=Zm9v">>, <<"Z=m9v">>, <<"Zm=9v">>,
           <<"Zg==Zg==">>, <<"Zm8=Zm8=">>, <<"Zg=x==">>, <<"Zm8=x">>, <<"Zm9=v">>,
           <<"Zg==!!\n">>, <<"Zm8=\r\n">>, <<"=">>, <<"====">>, <<>>, <<"Zg">>, <<"Zm9">>,
           <<"Zm8=Z">>, <<"Z">>, <<"Zg=\n=">>, "Zm9v YmFy", "Zg= =", [0, $Z, $g, $=, $=],
           <<200, "Zm9v", 255>>, "Zm9v" ++ [256], [$Z | bar], [0.5], atom, <<1:7>>,
           <<"Zm9vYmFy\r\nZm9vYmFy\r\nZm9v">>],
    [io:format("~p: ~p ~p~n", [In, t(fun() -> base64:mime_decode(In) end),
                                t(fun() -> base64:mime_decode_to_string(In) end)])
     || In <- Ins],
    ok.

t(F) ->
    try F() catch C:R -> {C, R} end.
