#!/usr/bin/env escript
-module(ds_gbsets_delete).
-export([main/1]).
-mode(compile).
%% Exercises: gb_sets delete/2, delete_any/2, del_element/2, take_smallest/1, take_largest/1 and their shapes

p(X) -> io:format("~w~n", [X]).
e(F) -> try {ok, F()} catch C:R -> {C, R} end.

main(_) ->
    S = gb_sets:from_list(lists:seq(1, 10)),
    p(S),
    [p(gb_sets:delete(X, S)) || X <- [1, 5, 6, 10]],
    p(gb_sets:delete_any(42, S) =:= S),
    p(gb_sets:del_element(3, S)),
    p(gb_sets:delete(4.0, S)),
    p(e(fun() -> gb_sets:delete(42, S) end)),
    {Min, S1} = gb_sets:take_smallest(S),
    p({Min, S1}),
    {Max, S2} = gb_sets:take_largest(S1),
    p({Max, S2}),
    Drain = fun Drain(Set, Acc) ->
                    case gb_sets:is_empty(Set) of
                        true -> lists:reverse(Acc);
                        false -> {X, Set1} = gb_sets:take_largest(Set), Drain(Set1, [X | Acc])
                    end
            end,
    p(Drain(S, [])),
    p(e(fun() -> gb_sets:take_smallest(gb_sets:new()) end)),
    p(e(fun() -> gb_sets:take_largest(gb_sets:new()) end)),
    p(e(fun() -> gb_sets:smallest(gb_sets:new()) end)),
    p(e(fun() -> gb_sets:largest(gb_sets:new()) end)),
    All = lists:foldl(fun(X, Acc) -> R = gb_sets:delete(X, Acc), p(R), R end, S, [6, 3, 9, 1, 2, 10, 4, 5, 8, 7]),
    p(All).
