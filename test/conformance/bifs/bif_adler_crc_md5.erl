#!/usr/bin/env escript
-module(bif_adler_crc_md5).
-export([main/1]).
-mode(compile).
%% Exercises: erlang:crc32, adler32, md5 digests

main(_) ->
    io:format("~p~n", [[erlang:crc32(<<>>), erlang:crc32("abc"), erlang:adler32(<<"abc">>), erlang:crc32(1, <<"x">>)]]),
    io:format("~w~n", [erlang:md5(<<"hello">>)]),
    io:format("~p~n", [binary:encode_hex(erlang:md5([<<"a">>, "b"]))]).
