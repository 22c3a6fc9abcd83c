#!/usr/bin/env escript
-module(bif_atom_length_limits).
-export([main/1]).
-mode(compile).
%% Exercises: atom_to_list on long atoms and unicode atoms

main(_) ->
    A = list_to_atom(lists:duplicate(255, $x)),
    io:format("~p~n", [length(atom_to_list(A))]),
    U = list_to_atom([955, 955]),
    io:format("~w ~p~n", [atom_to_list(U), byte_size(atom_to_binary(U))]),
    io:format("~tp~n", [U]).
