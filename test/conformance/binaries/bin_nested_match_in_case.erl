#!/usr/bin/env escript
-module(bin_nested_match_in_case).
-export([main/1]).
-mode(compile).
%% Exercises: binary matching in case with guards over extracted values

id(X) -> X.
classify(Bin) ->
    case Bin of
        <<Type:4, Len:4, Payload:Len/binary, _/binary>> when Type =:= 1 -> {short, Payload};
        <<Type:4, _:4, Rest/binary>> when Type > 7 -> {high, byte_size(Rest)};
        <<_:8, _/binary>> -> other;
        <<>> -> empty
    end.
main(_) ->
    io:format("~p~n", [[classify(id(B)) || B <- [<<16#12, "ab">>, <<16#F0, 1, 2, 3>>, <<16#30>>, <<>>]]]).
