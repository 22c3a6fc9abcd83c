#!/usr/bin/env escript
-module(sup_format_log).
-export([main/1]).
-mode(compile).
%% Exercises: supervisor:format_log/2, the report callback, on progress and
%% error reports: multi-line, single_line, depth, latin1.

child() -> [{pid, list_to_pid("<0.90.0>")}, {id, worker_one},
            {mfargs, {mod, start_link, [[1, 2, 3, 4, 5], "a string", #{k => v}]}},
            {restart_type, permanent}, {significant, false}, {shutdown, 5000},
            {child_type, worker}].

main(_) ->
    Err = #{label => {supervisor, child_terminated},
            report => [{supervisor, {local, my_sup}}, {errorContext, child_terminated},
                       {reason, {badarg, [{m, f, 1, [{file, "m.erl"}, {line, 3}]}]}},
                       {offender, child()}]},
    Prog = #{label => {supervisor, progress},
             report => [{supervisor, {local, my_sup}}, {started, child()}]},
    Dyn = #{label => {supervisor, shutdown_error},
            report => [{supervisor, {local, my_sup}}, {errorContext, shutdown_error},
                       {reason, killed},
                       {offender, [{nb_children, 3} | tl(child())]}]},
    Opts = [#{}, #{single_line => true}, #{depth => 3}, #{single_line => true, depth => 2},
            #{encoding => latin1}],
    [io:format("~s~n---~n", [supervisor:format_log(R, O)]) || R <- [Err, Prog, Dyn], O <- Opts],
    ok.
