#!/usr/bin/env escript
-module(bif_phash2).
-export([main/1]).
-mode(compile).
%% Exercises: erlang:phash2/1,2 values for many terms

main(_) ->
    L = [0, 1, -1, 1 bsl 64, 1.5, a, abc, "", "abc", [1, 2], {}, {a, b}, <<>>, <<"abc">>, <<1:3>>, #{}, #{a => 1}, [a | b], fun lists:map/2],
    [io:format("~p ~p~n", [erlang:phash2(T), erlang:phash2(T, 1000)]) || T <- L].
