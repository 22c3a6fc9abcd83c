#!/usr/bin/env escript
-module(exc_throw_nonlocal).
-export([main/1]).
-mode(compile).
%% Exercises: throw for non-local return from deep recursion

find(_, []) -> ok;
find(X, [X | _]) -> throw({found, X});
find(X, [_ | T]) -> find(X, T).
search(X, L) -> try find(X, L) of ok -> not_found catch throw:{found, Y} -> {found, Y} end.
main(_) ->
    io:format("~p~n", [[search(X, lists:seq(1, 100)) || X <- [5, 100, 101]]]).
