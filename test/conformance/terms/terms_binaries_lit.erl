#!/usr/bin/env escript
-module(terms_binaries_lit).
-export([main/1]).
-mode(compile).
%% Exercises: binary literals and their printing

main(_) ->
    L = [<<>>, <<"abc">>, <<1, 2, 3>>, <<"a", 0>>, <<255, 0, 128>>, <<"hello world">>,
         <<"a\nb">>, <<"tab\t">>, <<$a, $b>>, <<"x"/utf8>>, <<"\e">>, <<200>>, <<"é"/utf8>>,
         <<1:16>>, <<-1:32>>, <<"quote\"">>, <<"back\\">>],
    [io:format("~p ~w~n", [B, B]) || B <- L],
    io:format("~p~n", [list_to_binary(lists:seq(0, 40))]),
    io:format("~p~n", [list_to_binary(lists:seq(65, 120))]).
