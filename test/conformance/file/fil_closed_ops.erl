#!/usr/bin/env escript
-module(fil_closed_ops).
-export([main/1]).
-mode(compile).
%% Exercises: every file operation on a closed io-server file and on a closed raw file

p(X) -> io:format("~p~n", [X]).
e(F) -> try {ok, F()} catch C:R -> {C, R} end.

ops(Fd) ->
    [file:read(Fd, 1), file:read_line(Fd), file:write(Fd, "x"), file:position(Fd, 0),
     file:pread(Fd, 0, 1), file:pwrite(Fd, 0, "x"), file:pread(Fd, [{0, 1}]),
     file:pwrite(Fd, [{0, "x"}]), file:truncate(Fd), file:sync(Fd), file:datasync(Fd),
     file:read_file_info(Fd), file:close(Fd)].

main(_) ->
    D = "/tmp/erlts_conf_fil_closed_ops",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    F = filename:join(D, "c.txt"),
    ok = file:write_file(F, "data"),
    {ok, P} = file:open(F, [read, write]),
    ok = file:close(P),
    p(ops(P)),
    {ok, R} = file:open(F, [read, write, raw]),
    ok = file:close(R),
    p(ops(R)),
    p(e(fun() -> io:format(P, "x", []) end)),
    p([file:read(X, 1) || X <- [not_a_file, 123]]),
    p(file:close(not_a_file)),
    p(file:read_file(F)),
    p(file:del_dir_r(D)).
