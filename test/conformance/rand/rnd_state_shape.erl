#!/usr/bin/env escript
-module(rnd_state_shape).
-export([main/1]).
-mode(compile).
%% Exercises: the shape of rand's states (the handler map's keys and plain values; the
%% funs in it are never printed), equality of states seeded alike, a state seeded from
%% time (only its shape), and states that pass through term_to_binary.

main(_) ->
    [begin
         {H, St} = rand:seed_s(A, id(1)),
         Plain = maps:filter(fun(_, V) -> not is_function(V) end, H),
         Funs = lists:sort([K || {K, V} <- maps:to_list(H), is_function(V)]),
         io:format("~p: ~p funs ~p~n", [A, Plain, Funs]),
         io:format("  state: ~p~n", [shape(St)])
     end || A <- [exsss, exro928ss, exrop, exs1024s, exsp, exs64, exsplus, exs1024, dummy]],
    io:format("equal: ~p~n", [rand:seed_s(exsss, 5) =:= rand:seed_s(exsss, id(5))]),
    io:format("differ: ~p~n", [rand:seed_s(exsss, 5) =:= rand:seed_s(exsss, id(6))]),
    {_, T} = rand:seed_s(exsss),
    io:format("time seeded: ~p~n", [shape(T)]),
    {_, T2} = rand:seed_s(exro928ss),
    io:format("time seeded 928: ~p~n", [shape(T2)]),
    E = rand:export_seed_s(rand:seed_s(exrop, id(2))),
    io:format("ext: ~p~n", [binary_to_term(term_to_binary(E)) =:= E]),
    {X1, _} = rand:uniform_s(100, rand:seed_s(binary_to_term(term_to_binary(E)))),
    {X2, _} = rand:uniform_s(100, rand:seed_s(E)),
    io:format("same after ext: ~p ~p~n", [X1, X1 =:= X2]).

shape([A | B]) when is_integer(A), is_integer(B) -> {pair, A < 1 bsl 58, B < 1 bsl 58};
shape({L, R}) when is_list(L), is_list(R) -> {ring, length(L), length(R)};
shape(X) when is_integer(X) -> {word, X < 1 bsl 64};
shape(X) -> X.

id(X) -> X.
