#!/usr/bin/env escript
-module(rnd_normal_params).
-export([main/1]).
-mode(compile).
%% Exercises: rand:normal/2 and normal_s/3 with integer and float means and variances
%% (the value is Mean + sqrt(Variance) * N), their bad arguments (a variance =< 0 or not
%% a number, a non-number mean), and normal/0 seeding the process generator itself.

main(_) ->
    S = rand:seed_s(exrop, id(8)),
    [io:format("~p ~p: ~p~n", [M, V, element(1, rand:normal_s(M, V, S))])
     || {M, V} <- [{0, 1}, {0.0, 1.0}, {10, 4}, {-3.5, 0.25}, {1000000, 1.0e-6}, {0, 1.0e10}]],
    _ = rand:seed(exsss, id(8)),
    io:format("normal/2: ~p ~p~n", [rand:normal(5, 9), rand:normal(-1, 0.5)]),
    Bad = [fun() -> rand:normal_s(0, 0, S) end,
           fun() -> rand:normal_s(0, -2, S) end,
           fun() -> rand:normal_s(0, a, S) end,
           fun() -> rand:normal_s(a, 1, S) end,
           fun() -> rand:normal(0, -1) end,
           fun() -> rand:normal(b, 1) end,
           fun() -> rand:normal_s(foo) end],
    [io:format("bad ~p: ~p~n", [I, e(F)]) || {I, F} <- lists:zip(lists:seq(1, length(Bad)), Bad)],
    _ = erase(rand_seed),
    X = rand:normal(),
    io:format("self-seeded: ~p ~p~n", [is_float(X), element(1, rand:export_seed())]).

e(F) ->
    try F() catch C:R -> {C, R} end.

id(X) -> X.
