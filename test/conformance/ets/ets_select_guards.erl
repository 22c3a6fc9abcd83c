#!/usr/bin/env escript
-module(ets_select_guards).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: match spec guards: type tests, comparisons (== vs =:=), arithmetic and bit operations, element/hd/tl/size, failing guards reject.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

sel(T, G) -> ets:select(T, [{{'$1', '$2'}, G, ['$1']}]).

main(_) ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{1, 1}, {2, 2.0}, {3, a}, {4, "s"}, {5, <<"b">>}, {6, {t, 1}}, {7, self()},
                   {8, make_ref()}, {9, #{k => v}}, {10, [1, 2, 3]}, {11, -5}, {12, 1 bsl 70}]),
    p([{F, sel(T, [{F, '$2'}])} || F <- [is_atom, is_float, is_integer, is_list, is_number, is_pid,
                                           is_port, is_reference, is_tuple, is_map, is_binary,
                                           is_function]]),
    p(sel(T, [{'==', '$2', 2}])),
    p(sel(T, [{'=:=', '$2', 2}])),
    p(sel(T, [{'/=', '$2', 1}, {is_number, '$2'}])),
    p(sel(T, [{'=/=', '$2', 1.0}, {is_number, '$2'}])),
    p(sel(T, [{'>=', '$2', a}, {'=<', '$2', "s"}])),
    p(sel(T, [{'>', {abs, '$2'}, 4}])),
    p(sel(T, [{'==', {'rem', '$2', 2}, 1}])),
    p(sel(T, [{'==', {'band', '$2', 1}, 0}])),
    p(sel(T, [{'==', {'bsr', '$2', 69}, 2}])),
    p(sel(T, [{'==', {element, 1, '$2'}, t}])),
    p(sel(T, [{'==', {hd, '$2'}, 1}])),
    p(sel(T, [{'==', {length, '$2'}, 3}])),
    p(sel(T, [{'==', {size, '$2'}, 2}])),
    p(sel(T, [{'==', {byte_size, '$2'}, 1}])),
    p(sel(T, [{'==', {map_get, k, '$2'}, v}])),
    p(sel(T, [{is_map_key, k, '$2'}])),
    p(sel(T, [{'==', {map_size, '$2'}, 1}])),
    p(sel(T, [{'==', {trunc, '$2'}, 2}])),
    p(sel(T, [{'==', {round, {'/', '$2', 3}}, 1}])),
    p(sel(T, [{is_record, '$2', t, 2}])),
    p(sel(T, [{'==', {node, '$2'}, nonode@nohost}])),
    p(sel(T, [{'==', {'div', '$2', 2}, -2}])),
    p(sel(T, [{'==', {'bnot', '$2'}, 4}])),
    p(sel(T, [{'==', {'bxor', '$2', 3}, 2}, {'==', {'bor', '$2', 0}, 1}])),
    p(sel(T, [{'==', {'bsl', '$2', 2}, 4}])),
    p(sel(T, [{'==', {binary_part, '$2', 0, 1}, <<"b">>}])),
    p(sel(T, ['$2'])),
    p(sel(T, [true, {'>', '$1', 11}])),
    p(sel(T, [{'+', '$2', 1}])).
