#!/usr/bin/env escript
-module(ets_tab2list).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: tab2list/1 on every type (sorted where the order is the hash table's), ordered_set order, errors come from match_object/2.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    [begin
         T = ets:new(t, [Ty]),
         ets:insert(T, [{b, 2}, {a, 1}, {c, 3}, {a, 0}]),
         L = ets:tab2list(T),
         p({Ty, length(L), lists:sort(L)})
     end || Ty <- [set, bag, duplicate_bag]],
    O = ets:new(o, [ordered_set]),
    ets:insert(O, [{b, 2}, {a, 1}, {c, 3}, {a, 0}]),
    p(ets:tab2list(O)),
    p(ets:tab2list(ets:new(e, []))),
    p(e(fun() -> ets:tab2list(id(nosuch)) end)),
    Self = self(),
    P = ets:new(p, [private]),
    spawn(fun() -> Self ! {r, e(fun() -> ets:tab2list(P) end)} end),
    receive {r, R} -> p(R) end.
