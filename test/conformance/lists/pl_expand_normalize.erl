#!/usr/bin/env escript
-module(pl_expand_normalize).
-export([main/1]).
-mode(compile).
%% Exercises: proplists:expand/2, normalize/2, to_map/2, get_keys/1

main(_) ->
    P = fun(X) -> io:format("~p~n", [X]) end,
    P(proplists:expand([{foo, [bar, baz]}], [fie, foo, fum])),
    P(proplists:expand([{{foo, true}, [bar, baz]}], [fie, foo, fum])),
    P(proplists:expand([{{foo, false}, [bar, baz]}], [fie, {foo, false}, fum])),
    P(proplists:expand([{{foo, true}, [bar, baz]}], [{foo, false}, fie, foo, fum])),
    P(proplists:expand([{foo, [x]}, {foo, [y]}, {fum, [z]}], [foo, fum, foo, {fum, 1}])),
    P(proplists:expand([{a, [b]}, {b, [c]}], [a])),
    P(proplists:expand([], [a, b])),
    P(proplists:expand([{"str", [x]}], ["str", a])),
    P(proplists:normalize([a, {b, true}, {c, 1}, {a, 2}, d], [])),
    P(proplists:normalize([color, {colour, red}, no_debug], [{aliases, [{colour, color}]}, {negations, [{no_debug, debug}]}])),
    P(proplists:normalize([verbose, q], [{expand, [{q, [{quiet, true}, {verbose, false}]}]}, {aliases, [{verbose, v}]}])),
    P(proplists:to_map([a, {b, 1}, {c}, {a, 2}], [{aliases, [{a, x}]}])),
    P(proplists:to_map([on, {off, true}], [{negations, [{off, on}]}])),
    P(lists:sort(proplists:get_keys([a, {b, 1}, {c, 2, 3}, "junk", {a, 9}, b, {}]))),
    P(length(proplists:get_keys([a, b, c, a, {d, 1}]))),
    {'EXIT', {R, _}} = (catch proplists:expand([{a, [b]}], not_a_list)),
    P(R).
