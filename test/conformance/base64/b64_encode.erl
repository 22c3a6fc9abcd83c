#!/usr/bin/env escript
-module(b64_encode).
-export([main/1]).
-mode(compile).
%% Exercises: base64:encode/1 and encode_to_string/1 on binaries and byte lists of
%% every length modulo 3, the whole alphabet, RFC 4648's test vectors, and what list
%% elements outside 0..255 do (some wrap silently, some fail) and other bad input.

main(_) ->
    [io:format("~p -> ~p ~p~n", [In, base64:encode(In), base64:encode_to_string(In)])
     || In <- [<<>>, <<"f">>, <<"fo">>, <<"foo">>, <<"foob">>, <<"fooba">>, <<"foobar">>,
               "", "f", "fo", "foo", "foobar", [0], [255, 255], [0, 0, 0], [251, 255, 191]]],
    All = list_to_binary(lists:seq(0, 255)),
    io:format("all: ~s~n", [base64:encode(All)]),
    io:format("all list: ~p~n", [base64:encode_to_string(binary_to_list(All)) =:=
                                     binary_to_list(base64:encode(All))]),
    io:format("long: ~p~n", [erlang:md5(base64:encode(binary:copy(<<"xyz!">>, 5000)))]),
    [io:format("~p: ~p ~p~n", [In, e(fun() -> base64:encode(In) end),
                                e(fun() -> base64:encode_to_string(In) end)])
     || In <- [[0, 0, 256], [1, 2, 300], [256], [1, 256], [1, 4096], [-1], [1, -1],
               [0, 0, -1], [1 bsl 70, 0, 0], [a], [1, a], [1, 2, a], [1.0, 2, 3],
               [1 | 2], [1, 2, 3 | 4], <<1:7>>, atom, 12, {1}]],
    ok.

e(F) ->
    try F() catch C:R -> {C, R} end.
