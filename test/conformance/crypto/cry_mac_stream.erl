#!/usr/bin/env escript
-module(cry_mac_stream).
-export([main/1]).
-mode(compile).
%% Exercises: crypto:mac_init/2,3, mac_update/2, mac_final/1, mac_finalN/2: the same
%% MAC as mac/4 in pieces, states updated in place (update returns the same reference),
%% and the errors. (A state is finalised once: OTP 25 may crash on a second final.)

main(_) ->
    Data = [<<"The quick brown fox ">>, "jumps over ", <<"the lazy dog">>],
    [begin
         S0 = crypto:mac_init(T, Sub, Key),
         S = lists:foldl(fun(D, St) -> crypto:mac_update(St, D) end, S0, Data),
         M = crypto:mac_final(S),
         io:format("~p ~p: ~p ~p~n", [T, Sub, M =:= crypto:mac(T, Sub, Key, Data), S =:= S0]),
         S4 = lists:foldl(fun(D, St) -> crypto:mac_update(St, D) end,
                          crypto:mac_init(T, Sub, Key), Data),
         io:format("  finalN: ~p~n", [crypto:mac_finalN(S4, 4) =:= binary:part(M, 0, 4)])
     end || {T, Sub, Key} <- [{hmac, sha256, <<"key">>}, {hmac, md5, "k"},
                              {hmac, md4, <<"k">>}, {cmac, aes_128_cbc, <<1:128>>},
                              {poly1305, undefined, <<5:256>>}]],
    P = crypto:mac_init(poly1305, <<9:256>>),
    _ = crypto:mac_update(P, <<"abc">>),
    io:format("poly init/2: ~p~n", [crypto:mac_final(P) =:= crypto:mac(poly1305, <<9:256>>, <<"abc">>)]),
    S1 = crypto:mac_init(hmac, sha, <<"k">>),
    _ = crypto:mac_update(S1, <<"a">>),
    _ = crypto:mac_update(S1, <<"b">>),
    io:format("in place: ~p~n", [crypto:mac_final(S1) =:= crypto:mac(hmac, sha, <<"k">>, <<"ab">>)]),
    S5 = crypto:mac_init(hmac, sha, <<"k">>),
    Errs = [{init_type, fun() -> crypto:mac_init(foo, sha, <<"k">>) end},
            {init_digest, fun() -> crypto:mac_init(hmac, foo, <<"k">>) end},
            {init_key, fun() -> crypto:mac_init(hmac, sha, foo) end},
            {init_key_first, fun() -> crypto:mac_init(hmac, foo, foo) end},
            {init_cipher, fun() -> crypto:mac_init(cmac, foo, <<"k">>) end},
            {init_key_size, fun() -> crypto:mac_init(cmac, aes_128_cbc, <<"k">>) end},
            {init_poly_len, fun() -> crypto:mac_init(poly1305, <<"k">>) end},
            {init_poly_key, fun() -> crypto:mac_init(poly1305, foo) end},
            {init2_hmac, fun() -> crypto:mac_init(hmac, <<"k">>) end},
            {update_text, fun() -> crypto:mac_update(S1, foo) end},
            {update_ref, fun() -> crypto:mac_update(foo, <<"a">>) end},
            {update_both, fun() -> crypto:mac_update(foo, foo) end},
            {final_ref, fun() -> crypto:mac_final(foo) end},
            {finalN_ref, fun() -> crypto:mac_finalN(foo, 2) end},
            {finalN_long, fun() -> crypto:mac_finalN(S5, 21) end},
            {hash_state, fun() -> crypto:mac_final(crypto:hash_init(sha)) end}],
    [io:format("~p: ~p~n", [N, err(F)]) || {N, F} <- Errs],
    ok.

err(F) ->
    try F() catch C:R -> {C, R} end.
