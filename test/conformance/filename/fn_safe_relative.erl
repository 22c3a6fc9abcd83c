#!/usr/bin/env escript
-module(fn_safe_relative).
-export([main/1]).
-mode(compile).
%% Exercises: filelib:safe_relative_path/2 (no symbolic links involved) and filename:validate/1

p(X) -> io:format("~p~n", [X]).

main(_) ->
    Cwd = "/tmp/erlts_conf_fn_safe_relative_none",
    Cases = ["a/b", "a/../b", "a/./b", "..", "../a", "a/../..", "a/b/../../c", "/abs",
             "", ".", "a/", "a//b", "./..", <<"x/../y">>, <<"../y">>, <<"/y">>],
    [p({C, filelib:safe_relative_path(C, Cwd)}) || C <- Cases].
