#!/usr/bin/env escript
-module(terms_type_tests).
-export([main/1]).
-mode(compile).
%% Exercises: type-test BIFs over values of every type

-record(a, {}).
main(_) ->
    Vals = [1, -1, 1 bsl 70, 1.5, a, true, [], [1], {}, {a}, <<>>, <<1:3>>, #{}, fun() -> ok end,
            fun lists:map/2, "s"],
    Tests = [is_integer, is_float, is_number, is_atom, is_boolean, is_list, is_tuple, is_binary,
             is_bitstring, is_map, is_function, is_pid, is_port, is_reference],
    [io:format("~p: ~w~n", [T, [erlang:T(V) || V <- Vals]]) || T <- Tests],
    io:format("~w~n", [[is_function(V, 0) || V <- Vals]]),
    io:format("~w~n", [[is_function(V, 2) || V <- Vals]]),
    io:format("~w~n", [[is_record(V, a) || V <- Vals]]),
    io:format("~w~n", [[is_record(V, a, 1) || V <- Vals]]).
