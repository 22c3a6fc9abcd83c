#!/usr/bin/env escript
-module(arith_badarith).
-export([main/1]).
-mode(compile).
%% Exercises: badarith errors for every operator with bad operands

id(X) -> X.
t(F) -> try F() of V -> {ok, V} catch C:R -> {C, R} end.
main(_) ->
    A = id(a), One = id(1), Zero = id(0), F = id(1.5),
    L = [t(fun() -> One + A end), t(fun() -> A - One end), t(fun() -> One * A end),
         t(fun() -> One / Zero end), t(fun() -> One div Zero end), t(fun() -> One rem Zero end),
         t(fun() -> F div One end), t(fun() -> One rem F end), t(fun() -> F / 0.0 end),
         t(fun() -> One band F end), t(fun() -> One bor A end), t(fun() -> F bxor One end),
         t(fun() -> bnot F end), t(fun() -> One bsl F end), t(fun() -> A bsr One end),
         t(fun() -> -A end), t(fun() -> +A end), t(fun() -> [] + One end), t(fun() -> "1" + One end),
         t(fun() -> {1} * One end), t(fun() -> id(0.0) / 0.0 end), t(fun() -> (1 bsl 70) div Zero end)],
    [io:format("~p~n", [X]) || X <- L].
