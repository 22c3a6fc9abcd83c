#!/usr/bin/env escript
-module(rnd_max_algs).
-export([main/1]).
-mode(compile).
%% Exercises: the deprecated algorithms whose handler has `max` instead of `bits`
%% (exs64, exsplus, exs1024): uniform_s/2 below and above max (the float path),
%% uniform_s/1, uniform_real_s/1, normal_s/1 and bytes_s/2 through their words.

main(_) ->
    [begin
         S = rand:seed_s(A, id(31)),
         io:format("~p:~n", [A]),
         io:format("  small: ~p~n", [seq(fun(St) -> rand:uniform_s(10, St) end, 6, S)]),
         io:format("  max+1: ~p~n", [seq(fun(St) -> rand:uniform_s((1 bsl 64) + 1, St) end, 3, S)]),
         io:format("  huge: ~p~n", [seq(fun(St) -> rand:uniform_s(1 bsl 80, St) end, 3, S)]),
         io:format("  floats: ~p~n", [seq(fun(St) -> rand:uniform_s(St) end, 3, S)]),
         io:format("  reals: ~p~n", [seq(fun(St) -> rand:uniform_real_s(St) end, 3, S)]),
         io:format("  normals: ~p~n", [seq(fun(St) -> rand:normal_s(St) end, 5, S)]),
         io:format("  bytes: ~p~n", [element(1, rand:bytes_s(20, S))])
     end || A <- [exs64, exsplus, exs1024]],
    io:format("exs64 max bytes: ~p~n", [catch_err(fun() -> rand:bytes_s(3, rand:seed_s(exs64, 1)) end)]).

seq(_F, 0, _S) -> [];
seq(F, N, S) ->
    {X, S1} = F(S),
    [X | seq(F, N - 1, S1)].

catch_err(F) ->
    try element(1, F()) catch C:R -> {C, R} end.

id(X) -> X.
