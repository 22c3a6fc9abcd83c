#!/usr/bin/env escript
-module(cry_hmac_keys).
-export([main/1]).
-mode(compile).
%% Exercises: HMAC with keys around each hash's block size (empty, block-1, block,
%% block+1, 3 blocks: long keys are hashed first), CMAC over messages of 0..40 bytes
%% (partial and whole last blocks), Poly1305 over 0..40 bytes; digests of the MACs.

main(_) ->
    [begin
         #{block_size := B} = crypto:hash_info(A),
         Ks = [<<>>, binary:copy(<<"k">>, B - 1), binary:copy(<<"k">>, B), binary:copy(<<"k">>, B + 1),
               binary:copy(<<"k">>, 3 * B)],
         io:format("~p: ~p~n", [A, [erlang:phash2(crypto:mac(hmac, A, K, <<"message">>)) || K <- Ks]])
     end || A <- [md4, md5, sha, sha224, sha256, sha384, sha512, sha3_224, sha3_384, blake2s, ripemd160]],
    Msgs = [binary:part(<<"abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH">>, 0, N) || N <- lists:seq(0, 40)],
    io:format("cmac: ~p~n", [[erlang:phash2(crypto:mac(cmac, aes_128_cbc, <<7:128>>, M)) || M <- Msgs]]),
    io:format("cmac 256: ~p~n", [[erlang:phash2(crypto:mac(cmac, aes_256_cbc, <<9:256>>, M)) || M <- lists:sublist(Msgs, 20)]]),
    io:format("poly: ~p~n", [[erlang:phash2(crypto:mac(poly1305, <<(1 bsl 255 + 12345):256>>, M)) || M <- Msgs]]),
    io:format("poly ones: ~p~n", [crypto:mac(poly1305, binary:copy(<<255>>, 32), binary:copy(<<255>>, 48))]),
    ok.
