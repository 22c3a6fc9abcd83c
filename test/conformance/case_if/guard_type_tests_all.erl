#!/usr/bin/env escript
-module(guard_type_tests_all).
-export([main/1]).
-mode(compile).
%% Exercises: each type test in a guard

id(X) -> X.
k(X) when is_integer(X) -> integer;
k(X) when is_float(X) -> float;
k(X) when is_boolean(X) -> boolean;
k(X) when is_atom(X) -> atom;
k(X) when is_binary(X) -> binary;
k(X) when is_bitstring(X) -> bitstring;
k(X) when is_function(X, 1) -> fun1;
k(X) when is_function(X) -> function;
k(X) when is_map(X) -> map;
k(X) when is_tuple(X) -> tuple;
k(X) when is_list(X) -> list.
main(_) ->
    io:format("~p~n", [[k(id(X)) || X <- [1, 1.0, true, a, <<1>>, <<1:1>>, fun(_) -> x end, fun() -> x end,
                                         #{}, {}, []]]]).
