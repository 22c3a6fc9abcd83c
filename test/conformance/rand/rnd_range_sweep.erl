#!/usr/bin/env escript
-module(rnd_range_sweep).
-export([main/1]).
-mode(compile).
%% Exercises: rand:uniform_s/2 for every range 1..300 and for ranges spread over
%% 2^8..2^62 (odd, even, powers of two and their neighbours), twenty values each, for
%% the default algorithm and exrop and exsp (digests of the values, and the sums).

main(_) ->
    Small = lists:seq(1, 300),
    Wide = lists:usort(lists:append([[(1 bsl K) - 1, 1 bsl K, (1 bsl K) + 1, 3 * (1 bsl K) div 2 + 1]
                                     || K <- lists:seq(8, 62, 3)])),
    [begin
         S = rand:seed_s(A, id(5)),
         V1 = [draws(20, N, S) || N <- Small],
         V2 = [draws(20, N, S) || N <- Wide],
         io:format("~p: ~p ~p ~p~n", [A, erlang:phash2(V1), erlang:phash2(V2),
                                      lists:sum(lists:append(V1))]),
         io:format("  ~p~n", [[hd(V) || V <- lists:sublist(V2, 1, 12)]])
     end || A <- [exsss, exrop, exsp, exro928ss]].

draws(0, _N, _S) -> [];
draws(K, N, S) ->
    {X, S1} = rand:uniform_s(N, S),
    [X | draws(K - 1, N, S1)].

id(X) -> X.
