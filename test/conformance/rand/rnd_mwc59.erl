#!/usr/bin/env escript
-module(rnd_mwc59).
-export([main/1]).
-mode(compile).
%% Exercises: OTP 25's caller-kept generators: rand:mwc59/1 and its value functions
%% (mwc59_value32/1, mwc59_value/1, mwc59_float/1), mwc59_seed/1 and its bad
%% arguments, splitmix64_next/1, seed58/2; the debugging helpers make_float/3,
%% float2str/1 and bc64/1.

main(_) ->
    C0 = rand:mwc59_seed(id(1)),
    io:format("seed: ~p~n", [C0]),
    Cs = lists:foldl(fun(_, [C | _] = L) -> [rand:mwc59(C) | L] end, [C0], lists:seq(1, 6)),
    [io:format("~p ~p ~p ~p~n",
               [C, rand:mwc59_value32(C), rand:mwc59_value(C), rand:mwc59_float(C)])
     || C <- lists:reverse(Cs)],
    io:format("seeds: ~p~n", [[rand:mwc59_seed(S) || S <- [0, 2, (1 bsl 58) - 1]]]),
    io:format("bad seed: ~p~n", [err(fun() -> rand:mwc59_seed(id(-1)) end)]),
    io:format("bad seed2: ~p~n", [err(fun() -> rand:mwc59_seed(id(1 bsl 58)) end)]),
    Seeded = rand:mwc59_seed(),
    io:format("time seed: ~p~n", [is_integer(Seeded) andalso Seeded > 0]),
    io:format("splitmix: ~p~n", [rand:splitmix64_next(id(0))]),
    io:format("splitmix2: ~p~n", [rand:splitmix64_next(id(-1))]),
    io:format("seed58: ~p~n", [rand:seed58(3, id(9))]),
    io:format("make_float: ~p ~p~n", [rand:make_float(0, 1023, 0), rand:make_float(1, 1024, 1 bsl 51)]),
    io:format("float2str: ~p ~p~n", [rand:float2str(0.1), rand:float2str(-3)]),
    io:format("bc64: ~p~n", [[rand:bc64(X) || X <- [1, 2, 255, 1 bsl 40, (1 bsl 64) - 1]]]).

err(F) ->
    try F() catch Class:Reason -> {Class, Reason} end.

id(X) -> X.
