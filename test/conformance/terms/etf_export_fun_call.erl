#!/usr/bin/env escript
-module(etf_export_fun_call).
-export([main/1, twice/1]).
-mode(compile).
%% Exercises: external funs (fun M:F/A) that went through term_to_binary and
%% binary_to_term are called like the originals (directly, with apply, in lists:map),
%% and a wrong arity or an undefined function fails as OTP reports it.

main(_) ->
    F = rt(fun lists:reverse/1),
    io:format("~p~n", [F([1, 2, 3])]),
    io:format("~p~n", [F =:= fun lists:reverse/1]),
    G = rt(fun ?MODULE:twice/1),
    io:format("~p~n", [lists:map(G, [1, 2, 3])]),
    io:format("~p~n", [apply(G, [21])]),
    {T, _} = rt({fun erlang:element/2, x}),
    io:format("~p~n", [T(2, {a, b, c})]),
    io:format("~p~n", [e(catch G(1, 2))]),
    U = rt(fun ?MODULE:nothing_here/0),
    io:format("~p~n", [e(catch U())]),
    io:format("~p~n", [erlang:fun_info(G, type)]).

twice(X) -> 2 * X.

rt(T) -> binary_to_term(term_to_binary(T)).

e({'EXIT', {R, _Stack}}) -> {'EXIT', R};
e(X) -> X.
