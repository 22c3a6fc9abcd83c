#!/usr/bin/env escript
-module(fun_info_mfa_all).
-export([main/1, ext/2]).
-mode(compile).
%% Exercises: erlang:fun_info_mfa/1 on local funs (their generated names),
%% external funs, funs of other modules, and its badarg

main(_) ->
    io:format("~p~n", [erlang:fun_info_mfa(fun () -> ok end)]),
    io:format("~p~n", [erlang:fun_info_mfa(fun (A, B) -> {A, B} end)]),
    io:format("~p~n", [erlang:fun_info_mfa(fun ext/2)]),
    io:format("~p~n", [erlang:fun_info_mfa(fun ?MODULE:ext/2)]),
    io:format("~p~n", [erlang:fun_info_mfa(fun lists:map/2)]),
    io:format("~p~n", [erlang:fun_info_mfa(inner())]),
    io:format("~p~n", [catch erlang:fun_info_mfa(id(not_a_fun))]).

ext(A, B) -> {A, B}.
inner() -> fun (X) -> X end.
id(X) -> X.
