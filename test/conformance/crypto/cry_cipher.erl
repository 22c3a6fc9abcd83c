#!/usr/bin/env escript
-module(cry_cipher).
-export([main/1]).
-mode(compile).
%% Exercises: crypto:crypto_one_time/4,5 with AES in CBC, ECB, CTR, CFB8, CFB128 and OFB
%% (FIPS 197 / SP 800-38A vectors), encrypt and decrypt, the aes_cbc alias by key size,
%% padding: none given (error on a short last block), not given (a short last block is
%% dropped), pkcs_padding (and the error for bad padding on decrypt), zero; stream modes
%% ignore padding; the errors for bad ciphers, keys, IVs, options and data.

main(_) ->
    K = <<16#2b7e151628aed2a6abf7158809cf4f3c:128>>,
    IV = <<16#000102030405060708090a0b0c0d0e0f:128>>,
    P = <<16#6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51:256>>,
    [begin
         C = crypto:crypto_one_time(Ci, K, IV, P, true),
         io:format("~p: ~s ~p~n", [Ci, hex(C), crypto:crypto_one_time(Ci, K, IV, C, false) =:= P])
     end || Ci <- [aes_128_cbc, aes_128_ctr, aes_128_cfb8, aes_128_cfb128, aes_128_ofb, aes_cbc, aes_ctr]],
    E = crypto:crypto_one_time(aes_128_ecb, K, P, true),
    io:format("ecb: ~s ~p~n", [hex(E), crypto:crypto_one_time(aes_128_ecb, K, E, [{encrypt, false}]) =:= P]),
    io:format("ecb/5: ~p~n", [crypto:crypto_one_time(aes_128_ecb, K, <<"ignored">>, P, true) =:= E]),
    K256 = binary:copy(<<7>>, 32),
    io:format("256: ~s~n", [hex(crypto:crypto_one_time(aes_256_cbc, K256, IV, P, true))]),
    io:format("alias 256: ~p~n", [crypto:crypto_one_time(aes_cbc, K256, IV, P, true) =:=
                                       crypto:crypto_one_time(aes_256_cbc, K256, IV, P, true)]),
    io:format("192 ctr: ~s~n", [hex(crypto:crypto_one_time(aes_192_ctr, binary:copy(<<1>>, 24), IV, <<"short">>, true))]),
    Short = <<"seventeen bytes!!">>,
    io:format("dropped: ~s~n", [hex(crypto:crypto_one_time(aes_128_cbc, K, IV, Short, true))]),
    io:format("list opts: ~s~n", [hex(crypto:crypto_one_time(aes_128_cbc, K, IV, Short, []))]),
    Pk = crypto:crypto_one_time(aes_128_cbc, K, IV, Short, [{encrypt, true}, {padding, pkcs_padding}]),
    io:format("pkcs: ~s~n", [hex(Pk)]),
    io:format("pkcs back: ~p~n", [crypto:crypto_one_time(aes_128_cbc, K, IV, Pk, [{encrypt, false}, {padding, pkcs_padding}])]),
    io:format("pkcs raw back: ~p~n", [crypto:crypto_one_time(aes_128_cbc, K, IV, Pk, false)]),
    io:format("pkcs empty: ~s~n", [hex(crypto:crypto_one_time(aes_128_cbc, K, IV, <<>>, [{padding, pkcs_padding}]))]),
    Z = crypto:crypto_one_time(aes_128_cbc, K, IV, <<1, 2, 3>>, [{padding, zero}]),
    io:format("zero: ~s ~p~n", [hex(Z), crypto:crypto_one_time(aes_128_cbc, K, IV, Z, [{encrypt, false}, {padding, zero}])]),
    io:format("ctr pkcs: ~s~n", [hex(crypto:crypto_one_time(aes_128_ctr, K, IV, <<"abc">>, [{padding, pkcs_padding}]))]),
    io:format("iodata: ~p~n", [crypto:crypto_one_time(aes_128_ctr, [K], IV, [<<"ab">>, "c"], true) =:=
                                   crypto:crypto_one_time(aes_128_ctr, K, IV, <<"abc">>, true)]),
    Bad = [{cipher, fun() -> crypto:crypto_one_time(foo, K, IV, P, true) end},
           {key_type, fun() -> crypto:crypto_one_time(aes_128_cbc, foo, IV, P, true) end},
           {key_size, fun() -> crypto:crypto_one_time(aes_128_cbc, <<1>>, IV, P, true) end},
           {alias_size, fun() -> crypto:crypto_one_time(aes_cbc, <<1>>, IV, P, true) end},
           {alias_key, fun() -> crypto:crypto_one_time(aes_cbc, foo, IV, P, true) end},
           {iv_type, fun() -> crypto:crypto_one_time(aes_128_cbc, K, foo, P, true) end},
           {iv_size, fun() -> crypto:crypto_one_time(aes_128_cbc, K, <<1>>, P, true) end},
           {no_iv, fun() -> crypto:crypto_one_time(aes_128_cbc, K, P, true) end},
           {data, fun() -> crypto:crypto_one_time(aes_128_cbc, K, IV, foo, true) end},
           {data_bits, fun() -> crypto:crypto_one_time(aes_128_cbc, K, IV, <<1:3>>, true) end},
           {opts, fun() -> crypto:crypto_one_time(aes_128_cbc, K, IV, P, foo) end},
           {opts_improper, fun() -> crypto:crypto_one_time(aes_128_cbc, K, IV, P, [{padding, none} | foo]) end},
           {opts_atom, fun() -> crypto:crypto_one_time(aes_128_cbc, K, IV, P, [encrypt]) end},
           {opts_encrypt, fun() -> crypto:crypto_one_time(aes_128_cbc, K, IV, P, [{encrypt, foo}]) end},
           {opts_padding, fun() -> crypto:crypto_one_time(aes_128_cbc, K, IV, P, [{padding, foo}]) end},
           {opts_tag, fun() -> crypto:crypto_one_time(aes_128_cbc, K, IV, P, [{foo, bar}]) end},
           {none_short, fun() -> crypto:crypto_one_time(aes_128_cbc, K, IV, Short, [{padding, none}]) end},
           {bad_pkcs, fun() -> crypto:crypto_one_time(aes_128_cbc, K, IV, P, [{encrypt, false}, {padding, pkcs_padding}]) end}],
    [io:format("~p: ~p~n", [N, e(F)]) || {N, F} <- Bad],
    ok.

hex(B) -> [io_lib:format("~2.16.0b", [X]) || <<X>> <= B].

e(F) ->
    try F() catch C:R -> {C, R} end.
