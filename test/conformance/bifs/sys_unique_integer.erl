#!/usr/bin/env escript
-module(sys_unique_integer).
-export([main/1]).
-mode(compile).
%% Exercises: erlang:unique_integer/0,1: uniqueness, positive, monotonic order, bad options

main(_) ->
    L = [erlang:unique_integer() || _ <- lists:seq(1, 1000)],
    p({all_integers, lists:all(fun is_integer/1, L)}),
    p({all_unique, length(lists:usort(L)) =:= 1000}),
    P = [erlang:unique_integer([positive]) || _ <- lists:seq(1, 100)],
    p({positive, lists:all(fun(X) -> X > 0 end, P), length(lists:usort(P))}),
    M = [erlang:unique_integer([monotonic]) || _ <- lists:seq(1, 100)],
    p({monotonic, M =:= lists:sort(M), length(lists:usort(M))}),
    PM = [erlang:unique_integer([positive, monotonic]) || _ <- lists:seq(1, 100)],
    p({positive_monotonic, PM =:= lists:sort(PM), lists:all(fun(X) -> X > 0 end, PM)}),
    p({empty_list, is_integer(erlang:unique_integer([]))}),
    p(e(catch erlang:unique_integer([foo]))),
    p(e(catch erlang:unique_integer(foo))),
    p(e(catch erlang:unique_integer([positive | monotonic]))).

e({'EXIT', {R, [Top | _]}}) -> {R, Top};
e(X) -> X.

p(X) -> io:format("~p~n", [X]).
