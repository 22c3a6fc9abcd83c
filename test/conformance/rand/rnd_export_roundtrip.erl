#!/usr/bin/env escript
-module(rnd_export_roundtrip).
-export([main/1]).
-mode(compile).
%% Exercises: rand:export_seed_s/1 and seed_s/1 on exported states taken at any point
%% (after draws, in the middle of a 16-word ring, after a jump): the reimported state
%% continues the same sequence, for every algorithm; export_seed/0 after rand:seed/1.

main(_) ->
    [begin
         S0 = rand:seed_s(A, id(77)),
         {_, S1} = draw(7, S0),
         J = case A of
                 exs64 -> S1;
                 dummy -> S1;
                 _ -> rand:jump(S1)
             end,
         [begin
              E = rand:export_seed_s(St),
              {Orig, _} = draw(5, St),
              {Again, _} = draw(5, rand:seed_s(E)),
              io:format("~p ~p: ~p ~p~n", [A, Tag, Orig =:= Again, Orig])
          end || {Tag, St} <- [{start, S0}, {drawn, S1}, {jumped, J}]]
     end || A <- [exsss, exro928ss, exrop, exs1024s, exsp, exs64, exsplus, exs1024, dummy]],
    S = rand:seed(exro928ss, id(3)),
    _ = rand:uniform(),
    E2 = rand:export_seed(),
    X = rand:uniform(1000),
    _ = rand:seed(E2),
    io:format("process: ~p~n", [rand:uniform(1000) =:= X]),
    io:format("state kept: ~p~n", [rand:seed(S) =:= S]).

draw(N, S) -> draw(N, S, []).
draw(0, S, Acc) -> {lists:reverse(Acc), S};
draw(N, S, Acc) ->
    {X, S1} = rand:uniform_s(1 bsl 62, S),
    draw(N - 1, S1, [X | Acc]).

id(X) -> X.
