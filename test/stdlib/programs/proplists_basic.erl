#!/usr/bin/env escript
-module(proplists_basic).
-export([main/1]).
-mode(compile).

main(_) ->
    L = [a, {b, 1}, {c, 2, 3}, {b, 2}, {d, [x]}, {d, y}, {e, true}, {f, false}, "junk", {}],
    io:format("~w~n", [[proplists:get_value(K, L) || K <- [a, b, c, d, z]]]),
    io:format("~w~n", [proplists:get_value(z, L, def)]),
    io:format("~w~n", [[proplists:lookup(K, L) || K <- [a, b, c, z]]]),
    io:format("~w~n", [proplists:lookup_all(b, L)]),
    io:format("~w~n", [[proplists:is_defined(K, L) || K <- [a, c, z]]]),
    io:format("~w~n", [proplists:get_all_values(b, L)]),
    io:format("~w~n", [proplists:append_values(d, L)]),
    io:format("~w~n", [[proplists:get_bool(K, L) || K <- [a, b, e, f, z]]]),
    io:format("~w~n", [proplists:delete(b, L)]),
    io:format("~w~n", [{proplists:property(a, true), proplists:property({a, true}), proplists:property(b, 1)}]),
    io:format("~w~n", [{proplists:unfold([a, {b, 1}]), proplists:compact([{a, true}, {b, 1}])}]),
    io:format("~w~n", [proplists:substitute_aliases([{a, aa}, {b, bb}], L)]),
    io:format("~w~n", [proplists:substitute_negations([{a, no_a}, {e, no_e}, {f, no_f}, {b, no_b}], L)]),
    io:format("~w~n", [proplists:split(L, [b, d, q])]),
    io:format("~w~n", [proplists:to_map([a, {b, 1}, {b, 2}, {c, 1, 2}, {c, 3}, "x"])]),
    io:format("~w~n", [proplists:from_map(#{x => 1, y => 2})]),
    io:format("~w~n", [try proplists:get_value(a, x) catch error:R -> R end]),
    ok.
