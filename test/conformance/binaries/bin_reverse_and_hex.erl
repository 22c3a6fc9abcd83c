#!/usr/bin/env escript
-module(bin_reverse_and_hex).
-export([main/1]).
-mode(compile).
%% Exercises: reversing bytes and hex encoding

hex(B) -> << <<(hd(integer_to_list(N, 16))):8>> || <<N:4>> <= B >>.
rev(B) -> << <<X>> || X <- lists:reverse(binary_to_list(B)) >>.
main(_) ->
    io:format("~p~n", [hex(<<"Hello">>)]),
    io:format("~p~n", [rev(<<1, 2, 3, 4>>)]),
    io:format("~p~n", [binary:encode_hex(<<255, 0, 171>>)]),
    io:format("~p~n", [binary:decode_hex(<<"ff00AB">>)]).
