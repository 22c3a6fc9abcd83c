#!/usr/bin/env escript
-module(cry_iodata).
-export([main/1]).
-mode(compile).
%% Exercises: the iodata crypto takes for data and keys: deep lists, binaries in tails,
%% empty pieces, sub-binaries (unaligned ones too), all giving the digest of the flat
%% binary; and what is not iodata (bytes over 255, atoms, bitstrings, improper tails).

main(_) ->
    Flat = <<"hello, iodata world">>,
    <<_:3, Unaligned:19/binary, _:5>> = <<0:3, Flat/binary, 0:5>>,
    Forms = [Flat, binary_to_list(Flat), [<<"hello">>, ", ", [[<<"io">>], "data"], <<" world">>],
             [[], <<>>, [[[<<"hello, ">>]]], [] | <<"iodata world">>], Unaligned,
             binary:part(<<"xxhello, iodata worldyy">>, 2, 19), [$h | <<"ello, iodata world">>]],
    [io:format("~p ~p ~p~n", [crypto:hash(sha256, F) =:= crypto:hash(sha256, Flat),
                              crypto:mac(hmac, sha, F, F) =:= crypto:mac(hmac, sha, Flat, Flat),
                              crypto:exor(F, F) =:= binary:copy(<<0>>, 19)])
     || F <- Forms],
    Bad = [[256], [-1], [a], <<1:1>>, [<<1:1>>], [1 | 2], [1 | a], 1.0, "abc" ++ [[300]]],
    [io:format("~p: ~p ~p ~p~n", [B, e(fun() -> crypto:hash(md5, B) end),
                                  e(fun() -> crypto:mac(hmac, md5, <<"k">>, B) end),
                                  e(fun() -> crypto:mac(hmac, md5, B, <<"d">>) end)])
     || B <- Bad],
    ok.

e(F) ->
    try F() catch C:R -> {C, R} end.
