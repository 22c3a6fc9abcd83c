#!/usr/bin/env escript
-module(bif_list_to_existing_atom_errors).
-export([main/1]).
-mode(compile).
%% Exercises: list_to_existing_atom and binary_to_existing_atom failures

id(X) -> X.
main(_) ->
    io:format("~p~n", [list_to_existing_atom(id("ok"))]),
    io:format("~p~n", [try list_to_existing_atom(id("no_such_atom_conformance_zz")) catch error:R -> R end]),
    io:format("~p~n", [try binary_to_existing_atom(id(<<"no_such_atom_conformance_yy">>)) catch error:R2 -> R2 end]).
