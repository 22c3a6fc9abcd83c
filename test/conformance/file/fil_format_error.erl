#!/usr/bin/env escript
-module(fil_format_error).
-export([main/1]).
-mode(compile).
%% Exercises: file:format_error/1 on posix codes, badarg, terminated and consult's errors

p(X) -> io:format("~p~n", [X]).

main(_) ->
    Codes = [enoent, eacces, eisdir, enotdir, eexist, einval, ebadf, eperm, enospc, enotempty,
             exdev, eloop, enametoolong, badarg, terminated, system_limit, foo, "str", 1],
    [p({C, file:format_error(C)}) || C <- Codes],
    D = "/tmp/erlts_conf_fil_format_error",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    F = filename:join(D, "bad.cfg"),
    Show = fun(Text) ->
                   ok = file:write_file(F, Text),
                   {error, E} = file:consult(F),
                   io:format("~s~n", [file:format_error(E)])
           end,
    Show("{a, }.\n"),
    Show("\n\nfoo(x).\n"),
    Show("{a, 1}"),
    Show("\"open string.\n"),
    Show("'open atom.\n"),
    Show("{2#12}.\n"),
    io:format("~s~n", [file:format_error({error, enoent})]),
    {error, R} = file:read_file(filename:join(D, "missing")),
    io:format("~s~n", [file:format_error(R)]),
    p(file:del_dir_r(D)).
