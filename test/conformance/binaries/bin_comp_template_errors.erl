#!/usr/bin/env escript
-module(bin_comp_template_errors).
-export([main/1]).
-mode(compile).
%% Exercises: binary comprehensions whose template is a <<...>> expression: values, and
%% the segment number in a construction error (erlc builds the accumulator and the
%% template's segments in one step, so the accumulator counts as segment 1)

id(X) -> X.

bytes(L) -> << <<X:8>> || X <- L >>.
pairs(L) -> << <<X:8, Y/binary>> || {X, Y} <- L >>.
sized(L) -> << <<X:S/unit:8>> || {X, S} <- L >>.
bits(L) -> << <<X:3>> || X <- L >>.
filtered(L) -> << <<X:16/little>> || X <- L, X > 2 >>.
nested(L) -> << << <<Y:8>> || Y <- X >> || X <- L >>.
plain(L) -> << X || X <- L >>.

t(F) ->
    try F() of
        V -> {ok, V}
    catch
        C:R:S ->
            {_, _, _, Loc} = hd(S),
            {C, R, proplists:get_value(error_info, Loc)}
    end.

main(_) ->
    io:format("~p~n", [t(fun() -> bytes(id([1, 2, 300])) end)]),
    io:format("~p~n", [t(fun() -> bytes(id([1, a])) end)]),
    io:format("~p~n", [t(fun() -> pairs(id([{1, <<2>>}, {3, <<4, 5>>}])) end)]),
    io:format("~p~n", [t(fun() -> pairs(id([{1, <<2>>}, {3, 4}])) end)]),
    io:format("~p~n", [t(fun() -> pairs(id([{a, <<>>}])) end)]),
    io:format("~p~n", [t(fun() -> sized(id([{1, 2}, {258, 2}])) end)]),
    io:format("~p~n", [t(fun() -> sized(id([{1, x}])) end)]),
    io:format("~p~n", [t(fun() -> bits(id([1, 2, 7])) end)]),
    io:format("~p~n", [t(fun() -> filtered(id([1, 3, 5])) end)]),
    io:format("~p~n", [t(fun() -> filtered(id([1, 3, b])) end)]),
    io:format("~p~n", [t(fun() -> nested(id([[1, 2], [3]])) end)]),
    io:format("~p~n", [t(fun() -> nested(id([[1, 2], [c]])) end)]),
    io:format("~p~n", [t(fun() -> plain(id([<<1>>, <<2, 3>>])) end)]),
    io:format("~p~n", [t(fun() -> plain(id([<<1>>, 2])) end)]),
    ok.
