#!/usr/bin/env escript
-module(io_p_records_maps_deep).
-export([main/1]).
-mode(compile).
%% Exercises: ~p layout of maps and deeply nested tuples

main(_) ->
    io:format("~p~n", [#{alpha => lists:seq(1, 20), beta => #{gamma => [x, y, z], delta => {1, 2, 3}}, epsilon => "a longer string value here"}]),
    io:format("~p~n", [{{{{{{{{{{deep}}}}}}}}}}]),
    io:format("~p~n", [[[[[[[[[[[deep_list]]]]]]]]]]]).
