#!/usr/bin/env escript
-module(match_case_patterns).
-export([main/1]).
-mode(compile).
%% Exercises: patterns in case expressions, order of clauses

id(X) -> X.
c(X) ->
    case X of
        {ok, [H | _]} -> {first, H};
        {ok, []} -> empty;
        {error, Reason} when is_atom(Reason) -> {failed, Reason};
        {error, _} -> failed_other;
        [A, B] -> {pair, A, B};
        _ -> no
    end.
main(_) ->
    io:format("~p~n", [[c(id(X)) || X <- [{ok, [1, 2]}, {ok, []}, {error, x}, {error, "s"}, [1, 2], [1], z]]]).
