#!/usr/bin/env escript
-module(ets_match_delete).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: match_delete/2 and select_delete/2 on every type: what is removed, the count, the match-all spec.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    [begin
         T = ets:new(t, [Ty]),
         ets:insert(T, [{a, 1}, {a, 2}, {b, 1}, {c, 3}]),
         R1 = ets:match_delete(T, {'_', 1}),
         L1 = lists:sort(ets:tab2list(T)),
         N = ets:select_delete(T, [{{'$1', '$2'}, [{'>', '$2', 2}], [true]}]),
         L2 = lists:sort(ets:tab2list(T)),
         N0 = ets:select_delete(T, [{{'_', '_'}, [], [false]}]),
         N2 = ets:select_delete(T, [{'_', [], [true]}]),
         p({Ty, R1, L1, N, L2, N0, N2, ets:info(T, size)})
     end || Ty <- [set, ordered_set, bag, duplicate_bag]],
    p(e(fun() -> ets:match_delete(id(nosuch), '_') end)),
    p(e(fun() -> ets:select_delete(id(nosuch), [{'_', [], [true]}]) end)),
    p(e(fun() -> ets:select_delete(id(nosuch), [{{'_'}, [], [true]}]) end)),
    p(e(fun() -> ets:select_delete(ets:new(x, []), id(bad)) end)).
