#!/usr/bin/env escript
-module(match_records_patterns).
-export([main/1]).
-mode(compile).
%% Exercises: record patterns in heads

-record(pt, {x = 0, y = 0}).
q(#pt{x = 0, y = 0}) -> origin;
q(#pt{x = X, y = 0}) when X > 0 -> pos_x_axis;
q(#pt{x = 0}) -> y_axis;
q(#pt{}) -> elsewhere.
main(_) ->
    io:format("~p~n", [[q(P) || P <- [#pt{}, #pt{x = 3}, #pt{y = 2}, #pt{x = 1, y = 1}, #pt{x = -1}]]]).
