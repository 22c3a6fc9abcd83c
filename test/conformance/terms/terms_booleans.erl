#!/usr/bin/env escript
-module(terms_booleans).
-export([main/1]).
-mode(compile).
%% Exercises: true/false atoms and boolean operators

id(X) -> X.
%% Drops the stack trace: it would show escript's own frames.
e({'EXIT', {R, _}}) -> {'EXIT', R};
e(V) -> V.
main(_) ->
    T = id(true), F = id(false),
    io:format("~p ~p ~p~n", [true =:= 'true', T, F]),
    io:format("~w~n", [[not T, not F, T and F, T and T, T or F, F or F, T xor F, T xor T]]),
    io:format("~w~n", [[is_boolean(X) || X <- [true, false, 'true', tru, 1]]]),
    io:format("~p~n", [e(catch (id(1) and true))]),
    io:format("~p~n", [e(catch (not id(x)))]),
    io:format("~p~n", [e(catch (id(true) or id(3)))]),
    io:format("~p~n", [e(catch (id(y) xor false))]).
