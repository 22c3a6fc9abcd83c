#!/usr/bin/env escript
-module(fil_info_errors).
-export([main/1]).
-mode(compile).
%% Exercises: file:write_file_info/2,3 and read_file_info/2 with bad records, options and times

-include_lib("kernel/include/file.hrl").

p(X) -> io:format("~p~n", [X]).

main(_) ->
    D = "/tmp/erlts_conf_fil_info_errors",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    F = filename:join(D, "f"),
    ok = file:write_file(F, "x"),
    p(file:write_file_info(F, #file_info{})),
    p(try file:write_file_info(F, {file_info}) catch C:R -> {C, R} end),
    p(file:write_file_info(F, #file_info{mtime = 5}, [{time, posix}])),
    {ok, I} = file:read_file_info(F, [{time, posix}]),
    p(I#file_info.mtime),
    p(file:write_file_info(F, #file_info{atime = 7}, [{time, posix}])),
    {ok, I2} = file:read_file_info(F, [{time, posix}]),
    p({I2#file_info.mtime, I2#file_info.atime}),
    p(file:write_file_info(F, #file_info{mtime = {{2001, 1, 1}, {0, 0, 0}}}, [{time, universal}])),
    {ok, I3} = file:read_file_info(F, [{time, posix}]),
    p(I3#file_info.mtime),
    p(file:write_file_info(F, #file_info{mode = 8#4755})),
    {ok, I4} = file:read_file_info(F),
    p(I4#file_info.mode band 8#7777),
    p(file:write_file_info(F, #file_info{}, [{time, bogus}])),
    p(file:read_file_info(F, [{time, posix}, {time, local}, raw]) =:= file:read_file_info(F)),
    p(element(1, file:read_file_info(F, [bogus]))),
    p(element(1, file:read_file_info(F, []))),
    p(file:write_file_info(123, #file_info{})),
    p(file:del_dir_r(D)).
