#!/usr/bin/env escript
-module(funs_generators).
-export([main/1]).
-mode(compile).
%% Exercises: funs stored in lists and tuples, called in loops

main(_) ->
    Pipeline = [fun(X) -> X + 1 end, fun(X) -> X * 10 end, {tag, fun(X) -> X - 3 end}],
    Run = fun(V) -> lists:foldl(fun({tag, F}, A) -> F(A); (F, A) -> F(A) end, V, Pipeline) end,
    io:format("~p~n", [[Run(V) || V <- [0, 1, 2]]]),
    Memo = lists:foldl(fun(N, M) -> M#{N => fun() -> N * N end} end, #{}, [1, 2, 3]),
    io:format("~p~n", [[(maps:get(K, Memo))() || K <- [3, 2, 1]]]).
