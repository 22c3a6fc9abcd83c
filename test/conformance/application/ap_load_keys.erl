#!/usr/bin/env escript
-module(ap_load_keys).
-export([main/1]).
-mode(compile).
%% Exercises: application:load/1 of an application description, get_key/2,
%% get_all_key/1 (with the defaults OTP fills in), loading twice, unload, and the
%% errors for applications that are not loaded

main(_) ->
    P = fun(X) -> io:format("~p~n", [X]) end,
    P(application:load({application, ak1, [{description, "key test"}, {vsn, "2.1"},
                                           {modules, [ak1_mod]}, {registered, [ak1_server]},
                                           {applications, [kernel, stdlib]},
                                           {env, [{answer, 42}]}]})),
    P(application:get_key(ak1, vsn)),
    P(application:get_key(ak1, description)),
    P(application:get_key(ak1, mod)),
    P(application:get_key(ak1, maxT)),
    P(application:get_key(ak1, no_such_key)),
    P(application:get_all_key(ak1)),
    P(application:load({application, ak1, []})),
    P(application:load({application, ak2, []})),
    P(application:get_all_key(ak2)),
    P(application:unload(ak2)),
    P(application:unload(ak2)),
    P(application:get_key(ak2, vsn)),
    P(application:get_all_key(ak2)),
    P(application:get_key(kernel, description)),
    P(application:get_key(stdlib, applications)),
    P(application:load(kernel)),
    io:format("done~n").
