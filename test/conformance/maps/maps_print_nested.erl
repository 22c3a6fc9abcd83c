#!/usr/bin/env escript
-module(maps_print_nested).
-export([main/1]).
-mode(compile).
%% Exercises: ~p of nested maps and maps in lists with line breaks

main(_) ->
    M = #{config => #{name => "server", port => 8080, opts => [verbose, {timeout, 5000}]},
          users => [#{id => 1, name => <<"ann">>}, #{id => 2, name => <<"bob">>}],
          empty => #{}},
    io:format("~p~n", [M]),
    io:format("~w~n", [M]).
