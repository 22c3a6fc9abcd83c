#!/usr/bin/env escript
-module(cry_hash).
-export([main/1]).
-mode(compile).
%% Exercises: crypto:hash/2 for every hash OTP 25 supports (md4 to blake2s) on empty,
%% short and multi-block input given as binaries and deep iolists; hash_info/1; the
%% errors for unknown digests (OTP's NIF error triple) and for data that is not iodata.

main(_) ->
    Algs = [md4, md5, sha, sha224, sha256, sha384, sha512, sha3_224, sha3_256,
            sha3_384, sha3_512, blake2b, blake2s, ripemd160],
    Long = binary:copy(<<"0123456789abcdef">>, 100),
    [begin
         io:format("~p: ~s~n", [A, hex(crypto:hash(A, <<>>))]),
         io:format("  abc: ~s~n", [hex(crypto:hash(A, "abc"))]),
         io:format("  iolist: ~p~n", [crypto:hash(A, [<<"a">>, [$b, [<<"c">>]] | <<"d">>]) =:=
                                          crypto:hash(A, <<"abcd">>)]),
         io:format("  long: ~s~n", [hex(crypto:hash(A, Long))]),
         io:format("  info: ~p~n", [crypto:hash_info(A)])
     end || A <- Algs],
    Errs = [{foo, <<"a">>}, {sha256, foo}, {sha256, [1, 256]}, {sha256, <<1:3>>},
            {shake128, <<>>}, {sha512_224, <<>>}, {foo, foo}, {"sha", <<>>}, {sha, 123}],
    [io:format("~p: ~p~n", [E, err(fun() -> crypto:hash(A, D) end)]) || {A, D} = E <- Errs],
    [io:format("info ~p: ~p~n", [A, err(fun() -> crypto:hash_info(A) end)])
     || A <- [foo, shake128, 1]],
    ok.

hex(B) -> [io_lib:format("~2.16.0b", [X]) || <<X>> <= B].

err(F) ->
    try F() catch C:R -> {C, R} end.
