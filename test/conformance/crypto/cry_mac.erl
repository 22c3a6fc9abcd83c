#!/usr/bin/env escript
-module(cry_mac).
-export([main/1]).
-mode(compile).
%% Exercises: crypto:mac/3,4 and macN/4,5: HMAC with every hash (RFC 4231's SHA-2
%% vector, long keys, iodata keys and data), CMAC with AES-128/192/256 (RFC 4493's
%% vectors, the aes_cbc alias chosen by key size), Poly1305 (RFC 8439's vector);
%% truncated MACs; the errors (bad text, unknown type, digest, cipher, key sizes).

main(_) ->
    K = binary:copy(<<16#0b>>, 20),
    [io:format("hmac ~p: ~s~n", [A, hex(crypto:mac(hmac, A, K, <<"Hi There">>))])
     || A <- [md4, md5, sha, sha224, sha256, sha384, sha512, sha3_256, blake2b, blake2s,
              ripemd160]],
    LongKey = binary:copy(<<16#aa>>, 131),
    io:format("long key: ~s~n", [hex(crypto:mac(hmac, sha256, LongKey, <<"data">>))]),
    io:format("long key md4: ~s~n", [hex(crypto:mac(hmac, md4, LongKey, <<"data">>))]),
    io:format("iodata: ~p~n", [crypto:mac(hmac, sha, ["k", [<<"e">>]], [<<"d">>, "x"]) =:=
                                   crypto:mac(hmac, sha, <<"ke">>, <<"dx">>)]),
    CK = <<16#2b7e151628aed2a6abf7158809cf4f3c:128>>,
    Msgs = [<<>>, <<16#6bc1bee22e409f96e93d7e117393172a:128>>,
            <<16#6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e5130c81c46a35ce411:320>>,
            binary:copy(<<"x">>, 64)],
    [io:format("cmac ~p: ~s~n", [byte_size(M), hex(crypto:mac(cmac, aes_128_cbc, CK, M))])
     || M <- Msgs],
    io:format("cmac alias: ~p~n", [crypto:mac(cmac, aes_cbc, CK, <<"abc">>) =:=
                                       crypto:mac(cmac, aes_128_cbc, CK, <<"abc">>)]),
    io:format("cmac 192: ~s~n", [hex(crypto:mac(cmac, aes_192_cbc, <<0:192>>, <<"abc">>))]),
    io:format("cmac 256: ~s~n", [hex(crypto:mac(cmac, aes_cbc, <<7:256>>, <<"abc">>))]),
    io:format("cmac ecb: ~s~n", [hex(crypto:mac(cmac, aes_128_ecb, CK, <<"abc">>))]),
    PK = <<16#85d6be7857556d337f4452fe42d506a80103808afb0db2fd4abff6af4149f51b:256>>,
    io:format("poly1305: ~s~n", [hex(crypto:mac(poly1305, PK, <<"Cryptographic Forum Research Group">>))]),
    io:format("poly1305/4: ~s~n", [hex(crypto:mac(poly1305, undefined, PK, <<>>))]),
    io:format("macN: ~p~n", [crypto:macN(hmac, sha, <<"k">>, <<"d">>, 5)]),
    io:format("macN poly: ~p~n", [crypto:macN(poly1305, PK, <<"d">>, 3)]),
    io:format("macN 0: ~p~n", [crypto:macN(hmac, sha, <<"k">>, <<"d">>, 0)]),
    Errs = [{bad_text, fun() -> crypto:mac(hmac, sha, <<"k">>, foo) end},
            {bad_text_first, fun() -> crypto:mac(foo, foo, <<"k">>, foo) end},
            {bits_text, fun() -> crypto:mac(hmac, sha, <<"k">>, <<1:3>>) end},
            {bad_key, fun() -> crypto:mac(hmac, sha, foo, <<"d">>) end},
            {unknown, fun() -> crypto:mac(foo, sha, <<"k">>, <<"d">>) end},
            {digest, fun() -> crypto:mac(hmac, foo, <<"k">>, <<"d">>) end},
            {shake, fun() -> crypto:mac(hmac, shake128, <<"k">>, <<"d">>) end},
            {undefined, fun() -> crypto:mac(hmac, undefined, <<"k">>, <<"d">>) end},
            {cipher, fun() -> crypto:mac(cmac, foo, <<"k">>, <<"d">>) end},
            {key_size, fun() -> crypto:mac(cmac, aes_128_cbc, <<"k">>, <<"d">>) end},
            {key_size2, fun() -> crypto:mac(cmac, aes_256_cbc, CK, <<"d">>) end},
            {alias_bad, fun() -> crypto:mac(cmac, aes_cbc, <<0:96>>, <<"d">>) end},
            {poly_key, fun() -> crypto:mac(poly1305, <<"k">>, <<"d">>) end},
            {mac3, fun() -> crypto:mac(hmac, sha, <<"k">>) end},
            {macN_long, fun() -> crypto:macN(hmac, sha, <<"k">>, <<"d">>, 21) end},
            {macN_neg, fun() -> crypto:macN(hmac, sha, <<"k">>, <<"d">>, -1) end}],
    [io:format("~p: ~p~n", [N, err(F)]) || {N, F} <- Errs],
    ok.

hex(B) -> [io_lib:format("~2.16.0b", [X]) || <<X>> <= B].

err(F) ->
    try F() catch C:R -> {C, R} end.
