#!/usr/bin/env escript
-module(bin_binary_module).
-export([main/1]).
-mode(compile).
%% Exercises: binary:split, match, replace, copy, first, last, at

main(_) ->
    B = <<"a,b,,c">>,
    io:format("~p~n", [binary:split(B, <<",">>)]),
    io:format("~p~n", [binary:split(B, <<",">>, [global])]),
    io:format("~p~n", [binary:split(B, <<",">>, [global, trim_all])]),
    io:format("~p~n", [binary:match(B, <<",,">>)]),
    io:format("~p~n", [binary:matches(B, <<",">>)]),
    io:format("~p~n", [binary:replace(B, <<",">>, <<";">>, [global])]),
    io:format("~p~n", [binary:copy(<<"ab">>, 3)]),
    io:format("~p~n", [{binary:first(B), binary:last(B), binary:at(B, 1)}]),
    io:format("~p~n", [binary:bin_to_list(<<"xyz">>)]),
    io:format("~p~n", [binary:encode_unsigned(65536)]),
    io:format("~p~n", [binary:decode_unsigned(<<1, 0, 0>>)]).
