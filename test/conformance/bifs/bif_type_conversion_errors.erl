#!/usr/bin/env escript
-module(bif_type_conversion_errors).
-export([main/1]).
-mode(compile).
%% Exercises: conversion BIFs given wrong types raise badarg

id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    Fs = [fun() -> integer_to_list(id(a)) end, fun() -> list_to_integer(id(a)) end, fun() -> atom_to_binary(id("a")) end,
          fun() -> binary_to_list(id("a")) end, fun() -> tuple_to_list(id([a])) end, fun() -> list_to_tuple(id({a})) end,
          fun() -> float_to_list(id(1)) end, fun() -> integer_to_binary(id(1.0)) end, fun() -> binary_to_atom(id(a), utf8) end],
    [io:format("~p~n", [t(F)]) || F <- Fs].
