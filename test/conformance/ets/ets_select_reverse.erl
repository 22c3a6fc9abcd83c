#!/usr/bin/env escript
-module(ets_select_reverse).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: select_reverse/1,2,3 on ordered_set (descending) and on set (same as select).

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

chunks('$end_of_table') -> ['$end_of_table'];
chunks({L, '$end_of_table'}) -> [{L, '$end_of_table'}];
chunks({L, C}) -> [L | chunks(ets:select_reverse(C))].

main(_) ->
    O = ets:new(o, [ordered_set]),
    ets:insert(O, [{I, I * 2} || I <- lists:seq(1, 9)]),
    MS = [{{'$1', '$2'}, [{'>', '$1', 2}], ['$2']}],
    p(ets:select_reverse(O, MS)),
    p(ets:select(O, MS)),
    p(chunks(ets:select_reverse(O, MS, 3))),
    p(chunks(ets:select_reverse(O, MS, 4))),
    p(ets:select_reverse(O, [{'_', [], ['$_']}], 100)),
    S = ets:new(s, []),
    ets:insert(S, [{I, I} || I <- lists:seq(1, 9)]),
    p(lists:sort(ets:select_reverse(S, [{{'$1', '_'}, [], ['$1']}]))),
    p(ets:select_reverse(S, [{{'$1', '_'}, [], ['$1']}]) =:= ets:select(S, [{{'$1', '_'}, [], ['$1']}])),
    p(e(fun() -> ets:select_reverse(id(nosuch), MS) end)),
    p(e(fun() -> ets:select_reverse(O, MS, id(0)) end)).
