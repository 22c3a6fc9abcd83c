#!/usr/bin/env escript
-module(ets_take).
-export([main/1]).
-mode(compile).
%% Exercises: take/2 on set, ordered_set and bag; take of a missing key; errors.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    S = ets:new(s, []),
    ets:insert(S, [{a, 1}, {b, 2}]),
    p(ets:take(S, a)),
    p(ets:take(S, a)),
    p(ets:info(S, size)),
    O = ets:new(o, [ordered_set]),
    ets:insert(O, [{1, x}, {2, y}]),
    p(ets:take(O, 1.0)),
    p(ets:tab2list(O)),
    B = ets:new(b, [bag]),
    ets:insert(B, [{k, 1}, {k, 2}, {j, 3}]),
    p(ets:take(B, k)),
    p(ets:tab2list(B)),
    p(e(fun() -> ets:take(id(nosuch), a) end)),
    ets:delete(S),
    p(e(fun() -> ets:take(S, b) end)).
