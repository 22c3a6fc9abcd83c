#!/usr/bin/env escript
-module(ds_sets_basic).
-export([main/1]).
-mode(compile).
%% Exercises: sets (version 1) new/add_element/del_element/is_element/size/is_empty/to_list and the printed record

p(X) -> io:format("~p~n", [X]).

main(_) ->
    S0 = sets:new(),
    p(S0),
    p({sets:size(S0), sets:is_empty(S0), sets:to_list(S0), sets:is_set(S0)}),
    S1 = sets:add_element(a, S0),
    p(S1),
    S2 = lists:foldl(fun sets:add_element/2, S1, [b, c, a, d]),
    p(S2),
    p(sets:add_element(b, S2) =:= S2),
    p({sets:size(S2), sets:is_empty(S2)}),
    p([sets:is_element(X, S2) || X <- [a, b, c, d, e]]),
    p(sets:to_list(S2)),
    S3 = sets:del_element(b, S2),
    p(S3),
    p(sets:del_element(zz, S3) =:= S3),
    p(sets:from_list([3, 1, 2, 3, 1])),
    p(sets:to_list(sets:from_list([1, 1.0, 2]))),
    p(sets:is_element(1.0, sets:from_list([1]))),
    p(sets:new([{version, 1}]) =:= sets:new()),
    p(sets:from_list([x, y], [{version, 1}])).
