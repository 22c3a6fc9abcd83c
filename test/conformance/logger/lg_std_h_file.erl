#!/usr/bin/env escript
-module(lg_std_h_file).
-export([main/1]).
-mode(compile).
%% Exercises: logger_std_h writing to a file ({file, Path} and file => Path), its
%% level and formatter, filesync, the config OTP reports for it, and removal

main(_) ->
    Dir = "/tmp/erlts_conf_lg_std_h_file",
    F1 = Dir ++ "/one.log",
    F2 = Dir ++ "/sub/two.log",
    ok = filelib:ensure_dir(F1),
    _ = file:delete(F1),
    Fmt = {logger_formatter, #{template => [level, ": ", msg, "\n"]}},
    ok = logger:add_handler(one, logger_std_h, #{config => #{type => {file, F1}},
                                                 level => warning, formatter => Fmt}),
    ok = logger:add_handler(two, logger_std_h, #{config => #{file => F2}, formatter => Fmt}),
    {ok, #{config := C1}} = logger:get_handler_config(one),
    io:format("~p~n", [C1]),
    logger:error("to both ~p", [1]),
    logger:notice("notice: file two only"),
    logger:warning(#{report => "as text"}),
    ok = logger_std_h:filesync(one),
    ok = logger_std_h:filesync(two),
    flush(),
    io:format("one: ~p~n", [file:read_file(F1)]),
    io:format("two: ~p~n", [file:read_file(F2)]),
    ok = logger:remove_handler(one),
    logger:error("after removing one"),
    ok = logger_std_h:filesync(two),
    flush(),
    io:format("one: ~p~n", [file:read_file(F1)]),
    io:format("two: ~p~n", [file:read_file(F2)]),
    ok = logger:remove_handler(two),
    [file:delete(F) || F <- [F1, F2]],
    file:del_dir(Dir ++ "/sub"),
    file:del_dir(Dir),
    io:format("done~n").

flush() -> logger_std_h:filesync(default).
