#!/usr/bin/env escript
-module(bif_erlang_misc).
-export([main/1]).
-mode(compile).
%% Exercises: erlang:is_builtin, function_exported, module loaded checks (stable ones)

-export([exported/0]).
exported() -> ok.
main(_) ->
    io:format("~p~n", [[erlang:function_exported(?MODULE, exported, 0), erlang:function_exported(?MODULE, main, 1),
                        erlang:function_exported(?MODULE, nope, 0), erlang:function_exported(lists, reverse, 1)]]),
    io:format("~p~n", [[erlang:is_builtin(erlang, length, 1), erlang:is_builtin(lists, map, 2)]]).
