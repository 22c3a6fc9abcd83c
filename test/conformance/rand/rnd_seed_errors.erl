#!/usr/bin/env escript
-module(rnd_seed_errors).
-export([main/1]).
-mode(compile).
%% Exercises: rand's errors: bad list seeds (zero_seed, too_many_seed_integers,
%% non_integer_seed), unknown algorithms, bad seeds and ranges (function_clause),
%% jump of an algorithm without one, normal_s/3 with a variance =< 0, bytes_s with a
%% bad size, uniform_s/2 with a non-integer or zero range.

main(_) ->
    S = rand:seed_s(exsss, 1),
    T = [{zero_list, fun() -> rand:seed_s(exsss, id([])) end},
         {zeros, fun() -> rand:seed_s(exsss, id([0, 0])) end},
         {zeros_exro, fun() -> rand:seed_s(exro928ss, id([0])) end},
         {too_many, fun() -> rand:seed_s(exsss, id([1, 2, 3])) end},
         {too_many64, fun() -> rand:seed_s(exs64, id([1, 2])) end},
         {non_int, fun() -> rand:seed_s(exrop, id([1, a])) end},
         {non_int_first, fun() -> rand:seed_s(exrop, id([1.0])) end},
         {dummy_empty, fun() -> rand:seed_s(dummy, id([])) end},
         {dummy_two, fun() -> rand:seed_s(dummy, id([1, 2])) end},
         {dummy_atom, fun() -> rand:seed_s(dummy, id([a])) end},
         {unknown_alg, fun() -> rand:seed_s(id(foo), 1) end},
         {unknown_alg1, fun() -> rand:seed_s(id(foo)) end},
         {atom_seed, fun() -> rand:seed_s(exsss, id(abc)) end},
         {float_seed, fun() -> rand:seed_s(exsss, id(1.5)) end},
         {bad_tuple, fun() -> rand:seed_s(exsss, id({a, b, c})) end},
         {range0, fun() -> rand:uniform_s(id(0), S) end},
         {range_neg, fun() -> rand:uniform_s(id(-3), S) end},
         {range_float, fun() -> rand:uniform_s(id(2.0), S) end},
         {not_state, fun() -> rand:uniform_s(id(foo)) end},
         {jump64, fun() -> rand:jump(rand:seed_s(exs64, 1)) end},
         {variance0, fun() -> rand:normal_s(0, id(0), S) end},
         {variance_neg, fun() -> rand:normal_s(0, id(-1.0), S) end},
         {bytes_neg, fun() -> rand:bytes_s(id(-1), S) end},
         {bytes_atom, fun() -> rand:bytes_s(id(x), S) end},
         {export_bad, fun() -> rand:export_seed_s(id({exsss, [1|2]})) end},
         {uniform_atom, fun() -> rand:uniform(id(a)) end}],
    [io:format("~p: ~p~n", [Name, run(F)]) || {Name, F} <- T],
    ok.

run(F) ->
    try F() of
        _ -> ok
    catch
        C:R -> {C, R}
    end.

id(X) -> X.
