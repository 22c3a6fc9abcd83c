#!/usr/bin/env escript
-module(ap_env).
-export([main/1]).
-mode(compile).
%% Exercises: application environment: env from the description, get_env/2,3,
%% set_env/3,4, unset_env, get_all_env, set_env/1 with a config list, env of
%% applications that are not loaded, and unload dropping the env

main(_) ->
    P = fun(X) -> io:format("~p~n", [X]) end,
    ok = application:load({application, ae1, [{env, [{size, 10}]}]}),
    P(application:get_env(ae1, size)),
    P(application:get_env(ae1, colour)),
    P(application:get_env(ae1, colour, blue)),
    P(application:get_env(ae1, size, 0)),
    P(application:set_env(ae1, colour, red)),
    P(application:get_env(ae1, colour)),
    P(application:set_env(ae1, size, 20, [{persistent, true}])),
    P(application:get_env(ae1, size)),
    P(application:unset_env(ae1, colour)),
    P(application:get_env(ae1, colour)),
    P(application:get_all_env(ae1)),
    P(application:set_env([{ae1, [{a, 1}]}, {ae2, [{b, 2}]}])),
    P(application:get_env(ae1, a)),
    P(application:get_env(ae2, b)),
    P(application:get_all_env(ae2)),
    P(application:get_all_env(not_loaded)),
    P(application:get_env(not_loaded, x)),
    P(application:get_env(size)),
    P(application:get_all_env()),
    P(application:unload(ae1)),
    P(application:get_env(ae1, size)),
    P(application:get_all_env(ae1)),
    io:format("done~n").
