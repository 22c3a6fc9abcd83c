#!/usr/bin/env escript
-module(terms_maps_lit).
-export([main/1]).
-mode(compile).
%% Exercises: small map literals and printing

main(_) ->
    L = [#{}, #{a => 1}, #{a => 1, b => 2}, #{1 => a, "s" => b, <<"b">> => c, {t} => d},
         #{b => 2, a => 1, c => 3}, #{a => #{b => #{c => []}}}, #{1.0 => x, 1 => y},
         #{[] => [], {} => {}}],
    [io:format("~p ~w~n", [M, M]) || M <- L],
    io:format("~p~n", [maps:from_list([{N, N * N} || N <- lists:seq(1, 20)])]).
