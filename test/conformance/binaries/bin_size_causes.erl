#!/usr/bin/env escript
-module(bin_size_causes).
-export([main/1]).
-mode(compile).
%% Exercises: the error_info cause of a binary construction whose segment size is not
%% a non-negative integer (integer, binary, float, bitstring segments; a bad size in a
%% later segment is reported before a bad value in an earlier one)
id(X) -> X.
t(F) -> try F() catch error:R:St -> {_, _, _, L} = hd(St), {R, proplists:get_value(error_info, L)} end.
main(_) ->
  S = id(x), N = id(-1), B = id(<<1,2>>), F = id(1.5),
  io:format("~p~n", [t(fun() -> <<1:S/unit:8>> end)]),
  io:format("~p~n", [t(fun() -> <<1:S>> end)]),
  io:format("~p~n", [t(fun() -> <<1:N>> end)]),
  io:format("~p~n", [t(fun() -> <<B:S/binary>> end)]),
  io:format("~p~n", [t(fun() -> <<B:N/binary>> end)]),
  io:format("~p~n", [t(fun() -> <<F:S/float>> end)]),
  io:format("~p~n", [t(fun() -> <<F:N/float>> end)]),
  io:format("~p~n", [t(fun() -> <<B:S/bitstring>> end)]),
  io:format("~p~n", [t(fun() -> <<1:8, 2:S>> end)]),
  A = id(a), io:format("~p~n", [t(fun() -> <<A:S>> end)]), io:format("~p~n", [t(fun() -> <<A:N>> end)]), io:format("~p~n", [t(fun() -> <<B:8, A:S/binary>> end)]).
