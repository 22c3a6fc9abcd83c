#!/usr/bin/env escript
-module(rnd_process_dict).
-export([main/1]).
-mode(compile).
%% Exercises: the process-wide generator: rand:seed/1,2 store the state under the
%% process-dictionary key rand_seed, uniform/0,1, uniform_real/0, bytes/1, normal/0,2
%% and jump/0 follow the same sequence as the _s functions, export_seed/0 before and
%% after seeding, seeding with an exported state, a process seeding itself on first use.

main(_) ->
    io:format("before: ~p ~p~n", [rand:export_seed(), get(rand_seed)]),
    S0 = rand:seed(exsss, id(2024)),
    io:format("stored: ~p~n", [get(rand_seed) =:= S0]),
    io:format("export: ~p~n", [rand:export_seed()]),
    A = [rand:uniform(100) || _ <- lists:seq(1, 8)],
    {B, S1} = lists:mapfoldl(fun(_, S) -> rand:uniform_s(100, S) end, S0, lists:seq(1, 8)),
    io:format("same ints: ~p ~p~n", [A =:= B, A]),
    io:format("state: ~p~n", [get(rand_seed) =:= S1]),
    F = rand:uniform(),
    {F2, _} = rand:uniform_s(S1),
    io:format("float: ~p ~p~n", [F, F =:= F2]),
    io:format("real: ~p~n", [rand:uniform_real()]),
    io:format("bytes: ~p~n", [rand:bytes(10)]),
    io:format("normal: ~p~n", [rand:normal()]),
    io:format("normal2: ~p~n", [rand:normal(10, 4)]),
    J = rand:jump(),
    io:format("jumped: ~p ~p~n", [J =:= get(rand_seed), rand:uniform(1000)]),
    E = rand:export_seed(),
    _ = rand:seed(exrop, id(5)),
    io:format("exrop: ~p~n", [[rand:uniform(10) || _ <- lists:seq(1, 10)]]),
    _ = rand:seed(E),
    io:format("restored: ~p~n", [rand:uniform(1000)]),
    _ = rand:seed(rand:seed_s(exs1024s, id(3))),
    io:format("exs1024s: ~p~n", [[rand:uniform(10) || _ <- lists:seq(1, 10)]]),
    Self = self(),
    spawn(fun() ->
                  X = rand:uniform(10),
                  {Alg, _} = rand:export_seed(),
                  Self ! {X >= 1 andalso X =< 10, Alg}
          end),
    receive M -> io:format("fresh process: ~p~n", [M]) end,
    _ = rand:seed(exsss),
    {Alg2, [W1 | W2]} = rand:export_seed(),
    io:format("time seeded: ~p ~p~n", [Alg2, is_integer(W1) andalso is_integer(W2)]),
    _ = rand:seed(default),
    io:format("default: ~p~n", [element(1, rand:export_seed())]).

id(X) -> X.
