#!/usr/bin/env escript
-module(ds_gbsets_basic).
-export([main/1]).
-mode(compile).
%% Exercises: gb_sets new/empty/singleton/add/insert/is_member/is_element/size/to_list and printed sets

p(X) -> io:format("~p~n", [X]).

main(_) ->
    p({gb_sets:new(), gb_sets:empty(), gb_sets:new() =:= gb_sets:empty()}),
    S1 = gb_sets:singleton(k),
    p(S1),
    S2 = gb_sets:add(b, gb_sets:add(z, S1)),
    p(S2),
    S3 = gb_sets:insert(a, S2),
    p(S3),
    p(gb_sets:add_element(a, S3) =:= S3),
    p({gb_sets:size(S3), gb_sets:is_empty(S3), gb_sets:is_empty(gb_sets:new())}),
    p([gb_sets:is_member(X, S3) || X <- [a, b, c, k, z]]),
    p([gb_sets:is_element(X, S3) || X <- [a, q]]),
    p(gb_sets:to_list(S3)),
    S4 = lists:foldl(fun gb_sets:add/2, S3, [m, n, o, p, q, r]),
    p(S4),
    p({gb_sets:smallest(S4), gb_sets:largest(S4)}),
    Nums = lists:foldl(fun gb_sets:add_element/2, gb_sets:new(), [3, 1, 2, 3.0, 1.0]),
    p(Nums),
    p(gb_sets:to_list(Nums)),
    p(gb_sets:is_member(2.0, Nums)).
