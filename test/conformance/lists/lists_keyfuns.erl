#!/usr/bin/env escript
-module(lists_keyfuns).
-export([main/1]).
-mode(compile).
%% Exercises: keyfind, keysearch, keymember, keydelete, keyreplace, keystore, keytake, keysort

main(_) ->
    L = [{a, 1}, {b, 2}, {c, 3}, {b, 4}],
    io:format("~p~n", [[lists:keyfind(b, 1, L), lists:keyfind(z, 1, L), lists:keyfind(3, 2, L)]]),
    io:format("~p~n", [[lists:keymember(c, 1, L), lists:keysearch(b, 1, L)]]),
    io:format("~p~n", [lists:keydelete(b, 1, L)]),
    io:format("~p~n", [lists:keyreplace(b, 1, L, {b, 20})]),
    io:format("~p~n", [lists:keystore(d, 1, L, {d, 5})]),
    io:format("~p~n", [lists:keytake(b, 1, L)]),
    io:format("~p~n", [lists:keysort(2, [{x, 3}, {y, 1}, {z, 2}])]),
    io:format("~p~n", [lists:keymerge(1, [{a, 1}, {c, 3}], [{b, 2}])]).
