#!/usr/bin/env escript
-module(lists_rmerge).
-export([main/1]).
-mode(compile).
%% Exercises: the descending merges lists exports: rmerge/2,3, rmerge3, rkeymerge, rumerge/2,3, rumerge3, rukeymerge
main(_) ->
    P = fun(X) -> io:format("~w~n", [X]) end,
    A = [{3,a},{2,b},{2,c},{1,d}], B = [{3,x},{2,y},{0,z}],
    P(lists:rmerge(A, B)), P(lists:rmerge([3,2,1.0,1], [2.0,1])), P(lists:rmerge3([3,1],[2,1.0],[1,0])),
    P(lists:rmerge(fun(X, Y) -> element(1, X) =< element(1, Y) end, A, B)),
    P(lists:rkeymerge(1, A, B)), P(lists:rukeymerge(1, A, B)), P(lists:rumerge([3,2,2,1], [2,1,0])),
    P(lists:rumerge(fun(X, Y) -> X =< Y end, [3,2,1], [2,1])), P(lists:rumerge3([3,1],[2,1],[1,0])), P(lists:rumerge([3,2,1.0], [2.0,1])),
    P(lists:rmerge([], [2,1])), P(lists:rmerge([1,2], [3])), P(lists:rumerge([1,1],[1])).
