#!/usr/bin/env escript
-module(bif_atom_conv).
-export([main/1]).
-mode(compile).
%% Exercises: atom_to_list, atom_to_binary, list_to_atom, binary_to_atom, existing atoms

id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    io:format("~p~n", [[atom_to_list(id('hello world')), atom_to_binary(id(abc)), atom_to_binary(id(abc), utf8), atom_to_binary(id('é'), latin1)]]),
    io:format("~p~n", [[list_to_atom(id("x y")), binary_to_atom(id(<<"q">>)), binary_to_atom(id(<<"q">>), utf8), list_to_atom(id([955]))]]),
    io:format("~p~n", [[list_to_existing_atom(id("main")), binary_to_existing_atom(id(<<"ok">>), utf8)]]),
    io:format("~p~n", [[t(fun() -> list_to_existing_atom(id("surely_not_an_existing_atom_qq7")) end),
                        t(fun() -> list_to_atom(id([a])) end), t(fun() -> atom_to_list(id(1)) end),
                        t(fun() -> list_to_atom(id(lists:duplicate(256, $a))) end)]]).
