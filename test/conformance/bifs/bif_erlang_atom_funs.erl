#!/usr/bin/env escript
-module(bif_erlang_atom_funs).
-export([main/1]).
-mode(compile).
%% Exercises: atom BIFs on special atoms

main(_) ->
    io:format("~p~n", [[atom_to_list(true), atom_to_list(''), atom_to_list('A b'), atom_to_binary('ü')]]),
    io:format("~p~n", [[list_to_atom("true") =:= true, list_to_atom("") =:= '']]).
