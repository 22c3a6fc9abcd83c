#!/usr/bin/env escript
-module(cry_stream_big).
-export([main/1]).
-mode(compile).
%% Exercises: crypto:hash_update/2 fed one large input in chunks of many sizes (1, 7,
%% 64, 1000 bytes), agreeing with hash/2 and with erlang:md5/1, and branching states
%% (two continuations of one state); mac_update/2 in chunks likewise.

main(_) ->
    Data = list_to_binary([X * 7 rem 256 || X <- lists:seq(1, 5000)]),
    [begin
         Ok = [C || C <- [1, 7, 64, 1000, 5000],
                    crypto:hash_final(feed(crypto:hash_init(A), Data, C)) =/= crypto:hash(A, Data)],
         io:format("~p: ~p ~p~n", [A, Ok, erlang:phash2(crypto:hash(A, Data))])
     end || A <- [md4, md5, sha, sha256, sha512, sha3_256, blake2b]],
    io:format("md5 bif: ~p~n", [crypto:hash(md5, Data) =:= erlang:md5(Data)]),
    S = crypto:hash_update(crypto:hash_init(sha256), <<"common prefix ">>),
    A1 = crypto:hash_final(crypto:hash_update(S, <<"one">>)),
    A2 = crypto:hash_final(crypto:hash_update(S, <<"two">>)),
    io:format("branches: ~p ~p~n", [A1 =:= crypto:hash(sha256, <<"common prefix one">>),
                                    A2 =:= crypto:hash(sha256, <<"common prefix two">>)]),
    M = lists:foldl(fun(C, St) -> crypto:mac_update(St, C) end, crypto:mac_init(hmac, sha512, <<"key">>),
                    [binary:part(Data, P, 1000) || P <- lists:seq(0, 4000, 1000)]),
    io:format("mac: ~p~n", [crypto:mac_final(M) =:= crypto:mac(hmac, sha512, <<"key">>, Data)]),
    ok.

feed(S, <<>>, _C) -> S;
feed(S, D, C) when byte_size(D) =< C -> crypto:hash_update(S, D);
feed(S, D, C) ->
    <<H:C/binary, T/binary>> = D,
    feed(crypto:hash_update(S, H), T, C).
