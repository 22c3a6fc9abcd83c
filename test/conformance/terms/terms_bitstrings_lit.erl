#!/usr/bin/env escript
-module(terms_bitstrings_lit).
-export([main/1]).
-mode(compile).
%% Exercises: bitstring (non-multiple of 8) values and printing

main(_) ->
    L = [<<1:1>>, <<0:3>>, <<5:3>>, <<1:9>>, <<"ab", 3:2>>, <<255:8, 1:1>>, <<-1:12>>,
         <<1:1, 0:1, 1:1>>, <<7:7>>],
    [io:format("~p ~w ~p ~p~n", [B, B, bit_size(B), byte_size(B)]) || B <- L].
