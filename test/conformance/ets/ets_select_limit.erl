#!/usr/bin/env escript
-module(ets_select_limit).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: select/3 and select/1: chunks of exactly Limit, when the continuation is '$end_of_table', every type.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

chunks('$end_of_table') -> ['$end_of_table'];
chunks({L, '$end_of_table'}) -> [{length(L), '$end_of_table'}];
chunks({L, C}) -> [length(L) | chunks(ets:select(C))].

all_of('$end_of_table') -> [];
all_of({L, '$end_of_table'}) -> L;
all_of({L, C}) -> L ++ all_of(ets:select(C)).

main(_) ->
    MS = [{{'$1', '_'}, [], ['$1']}],
    Even = [{{'$1', '_'}, [{'==', {'rem', '$1', 2}, 0}], ['$1']}],
    [begin
         T = ets:new(t, [Ty]),
         ets:insert(T, [{I, I} || I <- lists:seq(1, N)]),
         p({Ty, N, chunks(ets:select(T, MS, 3)), chunks(ets:select(T, Even, 2)),
            lists:sort(all_of(ets:select(T, MS, 4))) =:= lists:seq(1, N)})
     end || Ty <- [set, ordered_set, bag, duplicate_bag], N <- [0, 1, 3, 4, 9, 10]],
    O = ets:new(o, [ordered_set]),
    ets:insert(O, [{I, I} || I <- lists:seq(1, 10)]),
    {L1, C1} = ets:select(O, MS, 4),
    ets:insert(O, [{4.5, x}, {0, y}]),
    ets:delete(O, 6),
    p({L1, all_of(ets:select(C1))}),
    p(ets:select('$end_of_table')),
    p(e(fun() -> ets:select(O, MS, id(0)) end)),
    p(e(fun() -> ets:select(O, MS, id(x)) end)),
    p(e(fun() -> ets:select(id(foo)) end)),
    p(e(fun() -> ets:select(O, id(bad), 1) end)).
