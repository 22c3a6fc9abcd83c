#!/usr/bin/env escript
-module(ds_sets_version2).
-export([main/1]).
-mode(compile).
%% Exercises: sets version 2 (maps): new/1, from_list/2, add/del/is_element/size/to_list/fold/filter, printed maps

p(X) -> io:format("~p~n", [X]).

main(_) ->
    S0 = sets:new([{version, 2}]),
    p(S0),
    p({sets:size(S0), sets:is_empty(S0), sets:is_set(S0)}),
    S1 = sets:add_element(c, sets:add_element(a, S0)),
    p(S1),
    S2 = sets:from_list([3, 1, 2, 1.0, 3], [{version, 2}]),
    p(S2),
    p(sets:to_list(S2)),
    p([sets:is_element(X, S2) || X <- [1, 1.0, 2.0, 3]]),
    p(sets:del_element(1.0, S2)),
    p(sets:del_element(9, S2) =:= S2),
    p(sets:fold(fun(X, Acc) -> [X | Acc] end, [], S2)),
    p(sets:filter(fun(X) -> is_integer(X) end, S2)),
    p(sets:new([{version, 2}, {other, option}])),
    p(sets:from_list([b, a], [{version, 2}, {foo, bar}])),
    p(sets:new([{other, option}, {version, 2}])),
    p(sets:is_set(#{a => []})),
    p(sets:is_set(#{})),
    p(sets:size(#{a => 1, b => 2})),
    Big = sets:from_list(lists:seq(1, 30), [{version, 2}]),
    p(sets:to_list(Big)),
    p(sets:size(sets:union(Big, sets:from_list(lists:seq(20, 40), [{version, 2}])))).
