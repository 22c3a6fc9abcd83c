#!/usr/bin/env escript
-module(tm_convert_time_unit).
-export([main/1]).
-mode(compile).
%% Exercises: erlang:convert_time_unit/3 between named and integer units, rounding of negative values, badarg

main(_) ->
    C = fun(V, F, T) -> erlang:convert_time_unit(V, F, T) end,
    io:format("~p~n", [C(1, second, millisecond)]),
    io:format("~p~n", [C(1, second, microsecond)]),
    io:format("~p~n", [C(1, second, nanosecond)]),
    io:format("~p~n", [C(1500, millisecond, second)]),
    io:format("~p~n", [C(1999, millisecond, second)]),
    io:format("~p~n", [C(-1, millisecond, second)]),
    io:format("~p~n", [C(-1500, millisecond, second)]),
    io:format("~p~n", [C(-1000, millisecond, second)]),
    io:format("~p~n", [C(3, second, 1000)]),
    io:format("~p~n", [C(7, 1000, 10)]),
    io:format("~p~n", [C(0, nanosecond, second)]),
    io:format("~p~n", [C(123456789, nanosecond, microsecond)]),
    N = erlang:convert_time_unit(1, second, native),
    io:format("native per second integer ~p~n", [is_integer(N) andalso N > 0]),
    io:format("round trip ~p~n", [C(C(5, second, native), native, second)]),
    io:format("~p~n", [t(fun() -> C(1, id(hours), second) end)]),
    io:format("~p~n", [t(fun() -> C(id(1.0), second, millisecond) end)]),
    io:format("~p~n", [t(fun() -> C(1, second, id(0)) end)]).

t(F) -> try F() of V -> {ok, V} catch Cl:E -> {Cl, E} end.
id(X) -> X.
