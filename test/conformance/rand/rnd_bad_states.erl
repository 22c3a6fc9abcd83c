#!/usr/bin/env escript
-module(rnd_bad_states).
-export([main/1]).
-mode(compile).
%% Exercises: states a program builds itself with seed_s({Alg, AlgState}): words wider
%% than 58 bits or negative (masked, or for exrop partly carried into the next state as
%% OTP's formulas do), and states of the wrong shape (function_clause, badarith), for
%% uniform_s/1,2, the state after one draw and jump/1.

main(_) ->
    States = [{exsss, [1 bsl 60 | 3]}, {exsss, [-1 | -2]}, {exsp, [(1 bsl 70) + 5 | 1 bsl 58]},
              {exrop, [1 bsl 60 | (1 bsl 59) + 7]}, {exrop, [-5 | 12345]}, {exrop, [3 | 1 bsl 58]},
              {exro928ss, {[1 bsl 61 | lists:seq(1, 15)], []}}, {exs1024s, {lists:seq(1, 16), []}},
              {exs64, 1 bsl 65}],
    [begin
         S = rand:seed_s(St),
         {X, S1} = rand:uniform_s(1000, S),
         {F, _} = rand:uniform_s(S),
         io:format("~p: ~p ~p~n  ~p~n", [St, X, F, rand:export_seed_s(S1)])
     end || St <- States],
    io:format("jump: ~p~n", [rand:export_seed_s(rand:jump(rand:seed_s({exrop, [1 bsl 60 | 5]})))]),
    Bad = [{exsss, foo}, {exsss, [a | 1]}, {exsss, [1.0 | 2]}, {exrop, bar}, {exrop, [1 | b]},
           {exsp, []}, {exro928ss, {[], []}}, {exs1024s, foo}, {exs64, foo}, {dummy, x}],
    [io:format("bad ~p: ~p ~p~n", [St, e(fun() -> rand:uniform_s(rand:seed_s(St)) end),
                                   e(fun() -> rand:uniform_s(10, rand:seed_s(St)) end)])
     || St <- Bad],
    io:format("unknown alg: ~p~n", [e(fun() -> rand:seed_s({nosuch, 1}) end)]).

e(F) ->
    try element(1, F()) catch C:R -> {C, R} end.
