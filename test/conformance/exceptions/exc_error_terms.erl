#!/usr/bin/env escript
-module(exc_error_terms).
-export([main/1]).
-mode(compile).
%% Exercises: reason terms of common runtime errors

id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    L = [fun() -> id(1) + id(a) end, fun() -> hd(id([])) end, fun() -> tl(id(x)) end,
         fun() -> element(id(3), {a}) end, fun() -> {x} = id({y}) end, fun() -> (id(f))() end,
         fun() -> list_to_atom(id(x)) end, fun() -> atom_to_list(id("x")) end,
         fun() -> case id(q) of a -> a end end, fun() -> B = id(false), if B -> x end end,
         fun() -> maps:get(k, id(#{})) end, fun() -> (id(#{}))#{k := v} end,
         fun() -> length(id([a | b])) end, fun() -> binary_to_list(id(1)) end,
         fun() -> integer_to_list(id(1.0)) end, fun() -> list_to_integer(id("1x")) end,
         fun() -> erlang:error(id(custom)) end, fun() -> lists:nth(id(5), [1]) end],
    [io:format("~p~n", [t(F)]) || F <- L].
