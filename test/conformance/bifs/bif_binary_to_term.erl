#!/usr/bin/env escript
-module(bif_binary_to_term).
-export([main/1]).
-mode(compile).
%% Exercises: binary_to_term round trips and errors

id(X) -> X.
main(_) ->
    L = [0, -5, 1 bsl 80, 2.5, abc, "str", [1, [2]], {t, <<"b">>}, #{k => [v]}, <<1:5>>, [a | b], fun lists:sort/1],
    io:format("~p~n", [[binary_to_term(term_to_binary(T)) =:= T || T <- L]]),
    io:format("~p~n", [binary_to_term(id(<<131, 100, 0, 3, 97, 98, 99>>))]),
    io:format("~p~n", [binary_to_term(id(<<131, 107, 0, 3, 1, 2, 3>>))]),
    io:format("~p~n", [try binary_to_term(id(<<131, 255>>)) catch error:R -> R end]),
    io:format("~p~n", [try binary_to_term(id(<<1, 2>>)) catch error:R2 -> R2 end]),
    io:format("~p~n", [binary_to_term(term_to_binary({a, 1}, [compressed]))]),
    io:format("~w~n", [term_to_binary(<<"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx">>, [{minor_version, 2}])]).
