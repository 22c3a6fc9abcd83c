#!/usr/bin/env escript
-module(sys_display).
-export([main/1]).
-mode(compile).
%% Exercises: erlang:display/1, display_string/1 and bump_reductions/1 (only display writes in this program)

main(_) ->
    erlang:display({a, "b", <<"c">>, 1.5, [1 | 2], 'A b', "", #{k => v, 1 => 2}, 123456789012345678901234567890, -3}),
    erlang:display([<<1, 2, 3, 4>>, <<1:3>>, <<"x", 0>>, <<>>, 'é', [256, 300], 0.1, 1.0e100, -2.5e-7, 0.0]),
    erlang:display(hello),
    erlang:display("str with spaces"),
    erlang:display("tab\there"),
    erlang:display([$a, 200]),
    erlang:display(<<"a longer binary here">>),
    erlang:display({[], {}, #{}, [[]], 'case', 'Quoted', '_x', x@y}),
    erlang:display(fun lists:map/2),
    erlang:display(self()),
    erlang:display_string("raw string\n"),
    erlang:display(erlang:bump_reductions(10)),
    erlang:display(catch erlang:bump_reductions(0)),
    erlang:display(element(1, catch erlang:display_string(foo))).
