#!/usr/bin/env escript
-module(cod_errors).
-export([main/1]).
-mode(compile).
%% Exercises: nofile, sticky_directory, the
%% function_clause of bad arguments, which/is_loaded of missing modules

p(X) -> io:format("~p~n", [X]).
e(F) -> try F() catch C:R -> {C, R} end.
id(X) -> X.

main(_) ->
    p(code:load_file(cer_nonexistent)),
    p(code:ensure_loaded(cer_nonexistent)),
    p(code:which(cer_nonexistent)),
    p(code:is_loaded(cer_nonexistent)),
    p(code:soft_purge(cer_nonexistent)),
    p(code:purge(cer_nonexistent)),
    p(code:delete(cer_nonexistent)),
    p(erlang:delete_module(cer_nonexistent)),
    p(erlang:check_old_code(cer_nonexistent)),
    p(e(fun() -> erlang:purge_module(cer_nonexistent) end)),
    p(e(fun() -> code:load_file(id("cer_string")) end)),
    p(e(fun() -> code:is_loaded(id(42)) end)),
    p(e(fun() -> code:which(id("x")) end)),
    p(e(fun() -> erlang:check_process_code(id(not_a_pid), lists) end)),
    p(e(fun() -> erlang:module_loaded(id("x")) end)),
    p(code:load_file(lists)),
    timer:sleep(50),
    p(code:ensure_loaded(lists)),
    p(code:ensure_modules_loaded([lists, cer_nonexistent])),
    p(code:ensure_modules_loaded([lists, maps])),
    p(code:soft_purge(lists)),
    p(erlang:module_loaded(lists)).
