#!/usr/bin/env escript
-module(sys_display_d3).
-export([main/1]).
-mode(compile).
%% Exercises: erlang:display/1 string, atom and binary printing rules (only display writes here)
main(_) ->
    [erlang:display(X) || X <- [[$a,13], [$a,11], [$a,12], [$a,27], [$a,8], [$a,$"], [$a,$\\], [$a, $'], list_to_atom("a'b"), list_to_atom("a\"b"), list_to_atom("a\\b"), list_to_atom("a\nb"), 'B@c', aB9_@, 'a.b', <<"\"q\"">>, <<"a\tb">>, <<"\\">>, <<255>>, <<160>>]].
