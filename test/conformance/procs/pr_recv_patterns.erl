#!/usr/bin/env escript
-module(pr_recv_patterns).
-export([main/1]).
-mode(compile).
%% Exercises: receive with structured patterns: tuples, lists, binaries, maps, literals

classify() ->
    receive
        {point, X, Y} -> {point, X + Y};
        "str" -> a_string;
        [H | T] -> {list, H, length(T)};
        <<Tag:8, Rest/binary>> -> {bin, Tag, Rest};
        #{kind := K} -> {map, K};
        42 -> the_answer;
        {} -> empty_tuple;
        [] -> nil;
        Other -> {other, Other}
    end.

main(_) ->
    Msgs = [{point, 1, 2}, [a, b, c], <<7, "rest">>, #{kind => k, extra => 1}, 42, "str",
            {}, [], {point, 1}, 3.0, abc],
    lists:foreach(fun(M) ->
                          self() ! M,
                          io:format("~p -> ~p~n", [M, classify()])
                  end, Msgs),
    %% nested patterns and repeated variables
    self() ! {pair, {same, 1}, {same, 1}},
    self() ! {pair, {same, 1}, {same, 2}},
    R1 = receive {pair, A, A} -> {equal, A} end,
    io:format("~p~n", [R1]),
    R2 = receive {pair, B, C} -> {differ, B, C} end,
    io:format("~p~n", [R2]),
    %% alias patterns
    self() ! {wrap, {inner, 5}},
    receive {wrap, {inner, N} = Whole} -> io:format("~p ~p~n", [N, Whole]) end.
