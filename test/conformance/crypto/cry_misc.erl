#!/usr/bin/env escript
-module(cry_misc).
-export([main/1]).
-mode(compile).
%% Exercises: crypto:strong_rand_bytes/1 (sizes only), exor/2, hash_equals/2,
%% bytes_to_integer/1, pbkdf2_hmac/5 (RFC 6070's vectors) and their errors.

main(_) ->
    [io:format("rand ~p: ~p~n", [N, byte_size(crypto:strong_rand_bytes(N))]) || N <- [0, 1, 16, 1000]],
    io:format("rand differ: ~p~n", [crypto:strong_rand_bytes(16) =/= crypto:strong_rand_bytes(16)]),
    io:format("exor: ~p ~p ~p~n", [crypto:exor(<<1, 2, 255>>, <<3, 4, 15>>), crypto:exor(<<>>, <<>>),
                                    crypto:exor("ab", [<<"c">>, $d])]),
    io:format("hash_equals: ~p ~p ~p~n", [crypto:hash_equals(<<"abc">>, <<"abc">>),
                                          crypto:hash_equals(<<"abc">>, <<"abd">>),
                                          crypto:hash_equals(<<>>, <<>>)]),
    io:format("bytes_to_integer: ~p~n", [[crypto:bytes_to_integer(B)
                                          || B <- [<<>>, <<1, 2>>, <<255:64>>, <<1:200>>]]]),
    [io:format("pbkdf2 ~p ~p: ~s~n", [A, I, hex(crypto:pbkdf2_hmac(A, <<"password">>, <<"salt">>, I, 20))])
     || A <- [sha, sha256, sha512], I <- [1, 2, 4096]],
    Errs = [{rand_neg, fun() -> crypto:strong_rand_bytes(-1) end},
            {rand_atom, fun() -> crypto:strong_rand_bytes(foo) end},
            {rand_float, fun() -> crypto:strong_rand_bytes(1.0) end},
            {exor_size, fun() -> crypto:exor(<<1, 2>>, <<3>>) end},
            {exor_data, fun() -> crypto:exor(foo, <<1>>) end},
            {exor_bits, fun() -> crypto:exor(<<1:3>>, <<1:3>>) end},
            {equals_size, fun() -> crypto:hash_equals(<<1>>, <<1, 2>>) end},
            {equals_list, fun() -> crypto:hash_equals(<<"a">>, "a") end},
            {b2i_atom, fun() -> crypto:bytes_to_integer(foo) end},
            {b2i_bits, fun() -> crypto:bytes_to_integer(<<1:3>>) end},
            {pb_digest, fun() -> crypto:pbkdf2_hmac(foo, <<"p">>, <<"s">>, 2, 10) end},
            {pb_md4, fun() -> crypto:pbkdf2_hmac(md4, <<"p">>, <<"s">>, 1, 5) end},
            {pb_pass, fun() -> crypto:pbkdf2_hmac(sha, "p", <<"s">>, 1, 10) end},
            {pb_salt, fun() -> crypto:pbkdf2_hmac(sha, <<"p">>, "s", 1, 5) end},
            {pb_iter, fun() -> crypto:pbkdf2_hmac(sha, <<"p">>, <<"s">>, a, 5) end},
            {pb_iter0, fun() -> crypto:pbkdf2_hmac(sha, <<"p">>, <<"s">>, 0, 10) end},
            {pb_len, fun() -> crypto:pbkdf2_hmac(sha, <<"p">>, <<"s">>, 1, a) end},
            {pb_len0, fun() -> crypto:pbkdf2_hmac(sha, <<"p">>, <<"s">>, 1, 0) end},
            {pb_len_neg, fun() -> crypto:pbkdf2_hmac(sha, <<"p">>, <<"s">>, 1, -1) end}],
    [io:format("~p: ~p~n", [N, err(F)]) || {N, F} <- Errs],
    ok.

hex(B) -> [io_lib:format("~2.16.0b", [X]) || <<X>> <= B].

err(F) ->
    try F() catch C:R -> {C, R} end.
