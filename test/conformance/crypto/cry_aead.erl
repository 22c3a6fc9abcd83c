#!/usr/bin/env escript
-module(cry_aead).
-export([main/1]).
-mode(compile).
%% Exercises: crypto:crypto_one_time_aead/6,7 with AES-GCM (128, 192, 256 and the
%% aes_gcm alias): cipher text and tag, shorter tags, 8-byte and 12-byte IVs, decryption
%% with the right tag and `error` for a wrong one, and the errors for bad arguments.

main(_) ->
    K = binary:copy(<<16#fe>>, 16),
    IV = <<16#cafebabefacedbaddecaf888:96>>,
    Text = <<"Galois/Counter Mode test message">>,
    AAD = <<"header">>,
    [begin
         {C, T} = crypto:crypto_one_time_aead(Ci, Key, IV, Text, AAD, true),
         io:format("~p: ~s ~s~n", [Ci, hex(C), hex(T)]),
         io:format("  back: ~p~n", [crypto:crypto_one_time_aead(Ci, Key, IV, C, AAD, T, false)]),
         io:format("  wrong: ~p~n", [crypto:crypto_one_time_aead(Ci, Key, IV, C, <<"other">>, T, false)])
     end || {Ci, Key} <- [{aes_128_gcm, K}, {aes_192_gcm, binary:copy(<<1>>, 24)},
                          {aes_256_gcm, binary:copy(<<2>>, 32)}, {aes_gcm, K}]],
    {C8, T8} = crypto:crypto_one_time_aead(aes_128_gcm, K, IV, Text, AAD, 8, true),
    io:format("tag 8: ~s ~p~n", [hex(T8), crypto:crypto_one_time_aead(aes_128_gcm, K, IV, C8, AAD, T8, false)]),
    {_, T4} = crypto:crypto_one_time_aead(aes_128_gcm, K, IV, <<>>, <<>>, 4, true),
    io:format("tag 4, empty: ~s~n", [hex(T4)]),
    {C6, T6} = crypto:crypto_one_time_aead(aes_128_gcm, K, <<1:64>>, Text, AAD, true),
    io:format("iv 8: ~s ~s~n", [hex(C6), hex(T6)]),
    io:format("iodata: ~p~n", [crypto:crypto_one_time_aead(aes_128_gcm, K, IV, [<<"Galois">>, "/Counter Mode test message"], [AAD], true) =:=
                                   crypto:crypto_one_time_aead(aes_128_gcm, K, IV, Text, AAD, true)]),
    Bad = [{not_aead, fun() -> crypto:crypto_one_time_aead(aes_128_cbc, K, IV, Text, AAD, true) end},
           {unknown, fun() -> crypto:crypto_one_time_aead(foo, K, IV, Text, AAD, true) end},
           {text, fun() -> crypto:crypto_one_time_aead(aes_128_gcm, K, IV, foo, AAD, true) end},
           {aad, fun() -> crypto:crypto_one_time_aead(aes_128_gcm, K, IV, Text, foo, true) end},
           {key, fun() -> crypto:crypto_one_time_aead(aes_128_gcm, <<1>>, IV, Text, AAD, true) end},
           {iv, fun() -> crypto:crypto_one_time_aead(aes_128_gcm, K, <<>>, Text, AAD, true) end},
           {flag, fun() -> crypto:crypto_one_time_aead(aes_128_gcm, K, IV, Text, AAD, foo) end}],
    [io:format("~p: ~p~n", [N, e(F)]) || {N, F} <- Bad],
    ok.

hex(B) -> [io_lib:format("~2.16.0b", [X]) || <<X>> <= B].

e(F) ->
    try F() catch C:R -> {C, R} end.
