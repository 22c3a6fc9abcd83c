#!/usr/bin/env escript
-module(b64_roundtrip).
-export([main/1]).
-mode(compile).
%% Exercises: base64 round trips of pseudo-random binaries of every length 0..70 (made
%% with rand, fixed seed) through encode/decode, the string forms and mime_decode, with
%% line breaks inserted; the encoded lengths and a digest of all encodings.

main(_) ->
    S0 = rand:seed_s(exsss, 2718),
    {Bins, _} = lists:mapfoldl(fun(N, S) -> rand:bytes_s(N, S) end, S0, lists:seq(0, 70)),
    Ok = [byte_size(B) || B <- Bins, not trip(B)],
    io:format("failing lengths: ~p~n", [Ok]),
    io:format("lengths: ~p~n", [[byte_size(base64:encode(B)) || B <- Bins]]),
    io:format("digest: ~p~n", [erlang:md5([base64:encode(B) || B <- Bins])]),
    [io:format("~p~n", [base64:encode(B)]) || B <- lists:sublist(Bins, 1, 8)],
    ok.

trip(B) ->
    E = base64:encode(B),
    Es = base64:encode_to_string(B),
    Broken = lines(binary_to_list(E)),
    base64:decode(E) =:= B andalso base64:decode(Es) =:= B andalso
        base64:decode_to_string(E) =:= binary_to_list(B) andalso
        base64:mime_decode(E) =:= B andalso base64:mime_decode_to_string(Es) =:= binary_to_list(B) andalso
        base64:decode(Broken) =:= B andalso base64:mime_decode(list_to_binary(Broken)) =:= B andalso
        Es =:= binary_to_list(E).

%% A CR LF after every 10 characters.
lines(L) when length(L) > 10 ->
    {A, B} = lists:split(10, L),
    A ++ "\r\n" ++ lines(B);
lines(L) -> L.
