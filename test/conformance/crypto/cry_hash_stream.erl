#!/usr/bin/env escript
-module(cry_hash_stream).
-export([main/1]).
-mode(compile).
%% Exercises: crypto:hash_init/1, hash_update/2, hash_final/1: the same digest as hash/2
%% however the data is split, states as values (an old state stays usable after an
%% update, final twice gives the same digest), and the errors for bad digests, bad
%% states and bad data. States are references: only compared, never printed.

main(_) ->
    Data = list_to_binary(lists:seq(0, 255)),
    [begin
         S0 = crypto:hash_init(A),
         S1 = crypto:hash_update(S0, binary:part(Data, 0, 100)),
         S2 = crypto:hash_update(S1, [binary:part(Data, 100, 56), "xyz"]),
         S3 = crypto:hash_update(S2, <<>>),
         D = crypto:hash_final(S3),
         io:format("~p: ~p ~p~n", [A, D =:= crypto:hash(A, [Data, "xyz"]), byte_size(D)]),
         io:format("  old state: ~p~n", [crypto:hash_final(S1) =:=
                                             crypto:hash(A, binary:part(Data, 0, 100))]),
         io:format("  twice: ~p~n", [crypto:hash_final(S3) =:= D]),
         io:format("  empty: ~p~n", [crypto:hash_final(S0) =:= crypto:hash(A, <<>>)]),
         io:format("  is ref: ~p ~p~n", [is_reference(S0), S0 =:= S1])
     end || A <- [md4, md5, sha, sha256, sha512, sha3_256, blake2b, ripemd160]],
    S = crypto:hash_init(sha),
    Errs = [{init_foo, fun() -> crypto:hash_init(foo) end},
            {update_foo, fun() -> crypto:hash_update(foo, <<"a">>) end},
            {update_data, fun() -> crypto:hash_update(S, foo) end},
            {update_bits, fun() -> crypto:hash_update(S, <<1:3>>) end},
            {update_both, fun() -> crypto:hash_update(foo, foo) end},
            {final_foo, fun() -> crypto:hash_final(foo) end},
            {final_ref, fun() -> crypto:hash_final(make_ref()) end},
            {mac_state, fun() -> crypto:hash_final(crypto:mac_init(hmac, sha, <<"k">>)) end}],
    [io:format("~p: ~p~n", [N, err(F)]) || {N, F} <- Errs],
    ok.

err(F) ->
    try F() catch C:R -> {C, R} end.
