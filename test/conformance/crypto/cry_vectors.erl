#!/usr/bin/env escript
-module(cry_vectors).
-export([main/1]).
-mode(compile).
%% Exercises: crypto:hash/2 on the standard test messages (FIPS 180 "abc" and the
%% 448-bit and 896-bit messages, a million 'a's), HMAC test cases of RFC 2202 and
%% RFC 4231 (long keys and data, truncation with macN/5).

main(_) ->
    M448 = <<"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq">>,
    M896 = <<"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu">>,
    Million = binary:copy(<<"a">>, 1000000),
    [io:format("~p:~n  ~s~n  ~s~n  ~s~n  ~s~n",
               [A, hex(crypto:hash(A, "abc")), hex(crypto:hash(A, M448)),
                hex(crypto:hash(A, M896)), hex(crypto:hash(A, Million))])
     || A <- [md4, md5, sha, sha224, sha256, sha384, sha512, sha3_256, sha3_512, ripemd160]],
    Cases = [{md5, binary:copy(<<16#0b>>, 16), <<"Hi There">>},
             {md5, <<"Jefe">>, <<"what do ya want for nothing?">>},
             {sha, binary:copy(<<16#aa>>, 20), binary:copy(<<16#dd>>, 50)},
             {sha, binary:copy(<<16#aa>>, 80), <<"Test Using Larger Than Block-Size Key - Hash Key First">>},
             {sha256, <<"Jefe">>, <<"what do ya want for nothing?">>},
             {sha512, binary:copy(<<16#aa>>, 131), <<"Test Using Larger Than Block-Size Key - Hash Key First">>},
             {sha384, binary:copy(<<16#aa>>, 131), <<"This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.">>}],
    [io:format("hmac ~p: ~s~n", [A, hex(crypto:mac(hmac, A, K, D))]) || {A, K, D} <- Cases],
    io:format("truncated: ~s~n", [hex(crypto:macN(hmac, sha256, binary:copy(<<16#0c>>, 20), <<"Test With Truncation">>, 16))]),
    ok.

hex(B) -> [io_lib:format("~2.16.0b", [X]) || <<X>> <= B].
