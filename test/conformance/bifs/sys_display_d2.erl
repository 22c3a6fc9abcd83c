#!/usr/bin/env escript
-module(sys_display_d2).
-export([main/1]).
-mode(compile).
%% Exercises: erlang:display/1 string, atom and binary printing rules (only display writes here)
main(_) ->
    [erlang:display(X) || X <- [[1,2,3], [10], [0], [127], [255], [$a, 10, $b], [$a, 7], "é", [233], [$a|$b], 'é', 'aé', 'A', 'a b', '', [128], [159], [160], <<233>>, <<"a\nb">>, <<"é"/utf8>>, <<7>>, {1.0, -0.0, 123.456, 1.0e-10}]],
    erlang:display(element(1, catch erlang:bump_reductions(-1))),
    erlang:display(element(1, catch erlang:bump_reductions(a))).
