#!/usr/bin/env escript
-module(bin_utf8_decode_loop).
-export([main/1]).
-mode(compile).
%% Exercises: decoding UTF-8 byte by byte and invalid sequences

decode(<<>>, Acc) -> lists:reverse(Acc);
decode(<<C/utf8, R/binary>>, Acc) -> decode(R, [C | Acc]);
decode(<<B, R/binary>>, Acc) -> decode(R, [{bad, B} | Acc]).
main(_) ->
    io:format("~w~n", [decode(<<"aé", 255, "€", 192, 128, "z">>, [])]).
