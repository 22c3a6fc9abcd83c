#!/usr/bin/env escript
-module(ets_match_limit).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: match/3, match_object/3 and match/1 continuations: chunk sizes, the end of the table, a bad limit.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

chunks('$end_of_table') -> ['$end_of_table'];
chunks({L, '$end_of_table'}) -> [{L, '$end_of_table'}];
chunks({L, C}) -> [L | chunks(ets:match(C))].

ochunks('$end_of_table') -> ['$end_of_table'];
ochunks({L, '$end_of_table'}) -> [{L, '$end_of_table'}];
ochunks({L, C}) -> [L | ochunks(ets:match_object(C))].

main(_) ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{I, I rem 3} || I <- lists:seq(1, 10)]),
    p(chunks(ets:match(T, {'$1', 0}, 2))),
    p(chunks(ets:match(T, {'$1', '_'}, 5))),
    p(chunks(ets:match(T, {'$1', '_'}, 4))),
    p(chunks(ets:match(T, {'$1', 9}, 4))),
    p(ochunks(ets:match_object(T, {'_', 1}, 3))),
    p(e(fun() -> ets:match(T, '_', id(0)) end)),
    p(e(fun() -> ets:match_object(T, '_', id(-1)) end)),
    p(ets:match('$end_of_table')),
    S = ets:new(s, []),
    ets:insert(S, [{I, x} || I <- lists:seq(1, 7)]),
    {L1, C1} = ets:match(S, {'$1', x}, 3),
    {L2, C2} = ets:match(C1),
    {L3, '$end_of_table'} = ets:match(C2),
    p({length(L1), length(L2), length(L3), lists:sort(L1 ++ L2 ++ L3)}).
