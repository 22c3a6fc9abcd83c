#!/usr/bin/env escript
-module(ds_sets_mixed_versions).
-export([main/1]).
-mode(compile).
%% Exercises: sets operations mixing version 1 and version 2 sets: which representation comes out

p(X) -> io:format("~w~n", [X]).

main(_) ->
    V1 = sets:from_list([1, 2, 3]),
    V2 = sets:from_list([3, 4], [{version, 2}]),
    p(sets:union(V1, V2)),
    p(sets:union(V2, V1)),
    p(sets:union(sets:from_list([9]), V2)),
    p(sets:intersection(V1, V2)),
    p(sets:intersection(V2, V1)),
    p(sets:intersection(sets:from_list([3, 4, 5, 6]), V2)),
    p(sets:subtract(V1, V2)),
    p(sets:subtract(V2, V1)),
    p([sets:is_subset(V2, V1), sets:is_subset(sets:from_list([3]), V2), sets:is_disjoint(V1, V2)]),
    p(sets:union([V1, V2])),
    p(sets:size(sets:union([V2, V1, sets:new()]))).
