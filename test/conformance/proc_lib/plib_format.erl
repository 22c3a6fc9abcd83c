#!/usr/bin/env escript
-module(plib_format).
-export([main/1]).
-mode(compile).
%% Exercises: proc_lib:format/1,2,3 of a crash report term (latin1, unicode, a depth)
%% and report_cb/2 with single_line and depth

main(_) ->
    Report = [[{initial_call, {m, f, ['Argument__1']}},
               {pid, list_to_pid("<0.99.0>")},
               {registered_name, []},
               {error_info, {error, {badmatch, [1, 2, 3, 4, 5, 6]},
                             [{m, f, 1, [{file, "m.erl"}, {line, 3}]},
                              {proc_lib, init_p_do_apply, 3, [{file, "proc_lib.erl"}, {line, 240}]}]}},
               {ancestors, [list_to_pid("<0.9.0>")]},
               {message_queue_len, 0},
               {messages, [{"häj", <<"bin">>}]},
               {links, []},
               {dictionary, [{k, v}]},
               {trap_exit, false},
               {status, running},
               {heap_size, 10},
               {stack_size, 20},
               {reductions, 30}],
              []],
    io:format("~s~n", [proc_lib:format(Report)]),
    io:format("~ts~n", [proc_lib:format(Report, unicode)]),
    io:format("~s~n", [proc_lib:format(Report, latin1, 3)]),
    Cb = proc_lib:report_cb(#{label => {proc_lib, crash}, report => Report},
                            #{single_line => true}),
    io:format("~ts~n", [Cb]),
    Cb2 = proc_lib:report_cb(#{label => {proc_lib, crash}, report => Report},
                             #{depth => 4}),
    io:format("~ts~n", [Cb2]),
    ok.
