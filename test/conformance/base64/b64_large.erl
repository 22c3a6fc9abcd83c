#!/usr/bin/env escript
-module(b64_large).
-export([main/1]).
-mode(compile).
%% Exercises: base64 on large inputs: 20 kB binaries and lists (every byte value),
%% MIME bodies with line breaks every 76 characters and noise, digests of the results.

main(_) ->
    Bin = list_to_binary([X rem 256 || X <- lists:seq(1, 20000)]),
    E = base64:encode(Bin),
    io:format("sizes: ~p ~p~n", [byte_size(E), length(base64:encode_to_string(binary_to_list(Bin)))]),
    io:format("digest: ~p~n", [erlang:md5(E)]),
    io:format("decode: ~p ~p~n", [base64:decode(E) =:= Bin, base64:decode_to_string(E) =:= binary_to_list(Bin)]),
    Mime = lines(binary_to_list(E)),
    io:format("mime: ~p ~p~n", [base64:mime_decode(Mime) =:= Bin, base64:decode(Mime) =:= Bin]),
    Noisy = [if C =:= $\n -> "!\n"; true -> C end || C <- Mime],
    io:format("noisy: ~p ~p~n", [base64:mime_decode(lists:flatten(Noisy)) =:= Bin,
                                 try base64:decode(lists:flatten(Noisy)) catch C:R -> {C, R} end]),
    ok.

lines(L) when length(L) > 76 ->
    {A, B} = lists:split(76, L),
    A ++ "\r\n" ++ lines(B);
lines(L) -> L.
