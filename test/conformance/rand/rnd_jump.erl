#!/usr/bin/env escript
-module(rnd_jump).
-export([main/1]).
-mode(compile).
%% Exercises: rand:jump/1 for every algorithm that has one (the jumped state and the
%% values after it), jumping twice, jumping a 16-word state in the middle of its ring
%% (after some draws), jump/0 on the process state; exsp_jump/1 and the exro928
%% jump functions OTP exports.

main(_) ->
    [begin
         S = rand:seed_s(A, id(3)),
         J = rand:jump(S),
         io:format("~p: ~p~n", [A, rand:export_seed_s(J)]),
         io:format("  then: ~p~n", [ints(3, rand:jump(J))])
     end || A <- [exsss, exrop, exsp, exsplus]],
    [begin
         S = rand:seed_s(A, id(3)),
         {_, S5} = lists:foldl(fun(_, {_, St}) -> rand:uniform_s(St) end, {0, S},
                               lists:seq(1, 5)),
         io:format("~p mid: ~p~n", [A, rand:export_seed_s(rand:jump(S5))]),
         io:format("  then: ~p~n", [ints(4, rand:jump(S5))])
     end || A <- [exro928ss, exs1024s, exs1024]],
    _ = rand:seed(exsss, id(8)),
    _ = rand:jump(),
    io:format("jump/0: ~p~n", [rand:export_seed()]),
    io:format("exsp_jump: ~p~n", [rand:exsp_jump([1 | 2])]),
    io:format("exsp_next: ~p~n", [rand:exsp_next([1 | 2])]),
    {Fwd, []} = rand:exro928_seed(id(5)),
    io:format("2pow20: ~p~n", [hd(element(1, rand:exro928_jump_2pow20({Fwd, []})))]),
    io:format("2pow512: ~p~n", [lists:sum(element(1, rand:exro928_jump_2pow512({Fwd, []})))]),
    io:format("next: ~p~n", [element(1, rand:exro928_next({Fwd, []}))]),
    io:format("next_state: ~p~n", [hd(element(2, rand:exro928_next_state({Fwd, []})))]),
    io:format("dummy: ~p~n", [try rand:jump(rand:seed_s(dummy, 1)) catch C:R -> {C, R} end]).

ints(0, _) -> [];
ints(N, S) ->
    {X, S1} = rand:uniform_s(1 bsl 40, S),
    [X | ints(N - 1, S1)].

id(X) -> X.
