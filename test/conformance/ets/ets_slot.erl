#!/usr/bin/env escript
-module(ets_slot).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: slot/2 on ordered_set: one object per slot in key order, '$end_of_table' at the size, badarg beyond.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    O = ets:new(o, [ordered_set]),
    ets:insert(O, [{K, K * K} || K <- [5, 1, 4, 2, 3]]),
    p([ets:slot(O, I) || I <- lists:seq(0, 5)]),
    p(e(fun() -> ets:slot(O, 6) end)),
    p(e(fun() -> ets:slot(O, -1) end)),
    p(e(fun() -> ets:slot(O, id(a)) end)),
    E = ets:new(e, [ordered_set]),
    p(ets:slot(E, 0)),
    p(e(fun() -> ets:slot(E, 1) end)),
    p(e(fun() -> ets:slot(id(nosuch), 0) end)).
