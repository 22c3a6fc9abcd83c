#!/usr/bin/env escript
-module(b64_decode).
-export([main/1]).
-mode(compile).
%% Exercises: base64:decode/1 and decode_to_string/1: RFC 4648's vectors, binaries and
%% lists, white space anywhere (space, tab, CR, LF), padding with trailing white space,
%% missing padding; and the errors: characters outside the alphabet in a group, data
%% after the padding, padding in the wrong place, truncated groups, non-bytes.

main(_) ->
    Good = [<<>>, <<"Zg==">>, <<"Zm8=">>, <<"Zm9v">>, <<"Zm9vYg==">>, <<"Zm9vYmE=">>,
            <<"Zm9vYmFy">>, "Zm9vYmFy", <<" Zm 9v\tYm\r\nFy ">>, <<"Zm8=  \n">>,
            <<"Zm\n8=">>, <<"////">>, <<"++++">>, "Zg==", "Zg =="],
    [io:format("~p -> ~p ~p~n", [In, t(fun() -> base64:decode(In) end),
                                  t(fun() -> base64:decode_to_string(In) end)])
     || In <- Good],
    Bad = [<<"Zg">>, <<"Zm9">>, <<"Z">>, <<"Zg=">>, <<"Zm9v!">>, <<"Zm!v">>,
           <<"!m9v">>, <<"Zm9!">>, <<"Zg==Zg==">>, <<"Zg==x">>, <<"Zg== =">>,
           <<"Zm8=!">>, <<"=Zm9">>, <<"Z=9v">>, <<"Zm=v">>, <<"Z===">>, <<"====">>,
           <<"Zm==">>, <<"Z!==">>, <<"Zm!=">>, <<"!m8=">>, <<0, "AAA">>, <<"AAA", 0>>,
           <<"AA", 200, "A">>, "Zm9v" ++ [256], [$Z, $m, $9, 1.0], [$Z | foo],
           <<1:9>>, atom, "Zg==" ++ [0], "Zg==" ++ [300]],
    [io:format("~p: ~p ~p~n", [In, t(fun() -> base64:decode(In) end),
                                t(fun() -> base64:decode_to_string(In) end)])
     || In <- Bad],
    All = list_to_binary(lists:seq(0, 255)),
    io:format("roundtrip: ~p~n", [base64:decode(base64:encode(All)) =:= All]),
    ok.

t(F) ->
    try F() catch C:R -> {C, R} end.
