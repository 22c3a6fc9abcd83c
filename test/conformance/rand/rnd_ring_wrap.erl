#!/usr/bin/env escript
-module(rnd_ring_wrap).
-export([main/1]).
-mode(compile).
%% Exercises: the 16-word generators (exro928ss, exs1024s) over many draws, so that
%% their {Forward, ReversedRest} ring wraps around several times; the state after 20 and
%% 40 draws, and a hash of 2000 values of several algorithms.

main(_) ->
    [begin
         S0 = rand:seed_s(A, id(4)),
         {Xs, S20} = draw(20, S0),
         io:format("~p: ~p~n", [A, Xs]),
         io:format("  after 20: ~p~n", [rand:export_seed_s(S20)]),
         {_, S40} = draw(20, S20),
         io:format("  after 40: ~p~n", [rand:export_seed_s(S40)])
     end || A <- [exro928ss, exs1024s]],
    [begin
         {Ys, _} = draw(2000, rand:seed_s(A, id(99))),
         io:format("~p 2000: ~p ~p~n", [A, erlang:phash2(Ys), lists:sum(Ys)])
     end || A <- [exsss, exrop, exsp, exro928ss, exs1024s, exs64, exsplus, exs1024]].

draw(N, S) -> draw(N, S, []).
draw(0, S, Acc) -> {lists:reverse(Acc), S};
draw(N, S, Acc) ->
    {X, S1} = rand:uniform_s(1000000007, S),
    draw(N - 1, S1, [X | Acc]).

id(X) -> X.
