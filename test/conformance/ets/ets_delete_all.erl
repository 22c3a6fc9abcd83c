#!/usr/bin/env escript
-module(ets_delete_all).
-export([main/1]).
-mode(compile).
%% Exercises: delete_all_objects/1 on every type, its errors (stack entry of the BIF underneath).

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    [begin
         T = ets:new(t, [Ty]),
         ets:insert(T, [{I, I} || I <- lists:seq(1, 20)]),
         p({Ty, ets:info(T, size), ets:delete_all_objects(T), ets:info(T, size), ets:tab2list(T)}),
         ets:insert(T, {x, y}),
         p(ets:tab2list(T))
     end || Ty <- [set, ordered_set, bag, duplicate_bag]],
    p(e(fun() -> ets:delete_all_objects(id(nosuch)) end)).
