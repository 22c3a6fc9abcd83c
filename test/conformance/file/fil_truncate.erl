#!/usr/bin/env escript
-module(fil_truncate).
-export([main/1]).
-mode(compile).
%% Exercises: file:truncate/1, writes past the end (holes), pwrite at eof-relative positions

p(X) -> io:format("~p~n", [X]).

main(_) ->
    D = "/tmp/erlts_conf_fil_truncate",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    F = filename:join(D, "t.bin"),
    {ok, Fd} = file:open(F, [read, write, binary]),
    p(file:write(Fd, <<"abcdefgh">>)),
    p(file:position(Fd, 3)),
    p(file:truncate(Fd)),
    p(file:position(Fd, cur)),
    p(file:read(Fd, 1)),
    p(file:position(Fd, 6)),
    p(file:write(Fd, <<"Z">>)),
    p(file:pread(Fd, 0, 10)),
    p(file:pwrite(Fd, {eof, 2}, <<"Q">>)),
    p(file:pread(Fd, 0, 20)),
    p(file:pwrite(Fd, {cur, -1}, <<"c">>)),
    p(file:pread(Fd, 0, 20)),
    p(file:pwrite(Fd, {bof, -1}, <<"x">>)),
    p(file:pwrite(Fd, bad, <<"x">>)),
    p(file:pread(Fd, -1, 1)),
    p(file:pread(Fd, 0, -1)),
    p(file:position(Fd, 0)),
    p(file:truncate(Fd)),
    p(file:read(Fd, 1)),
    ok = file:close(Fd),
    p(file:read_file(F)),
    {ok, R} = file:open(F, [read, write, raw]),
    p(file:write(R, "raw data")),
    p(file:position(R, {cur, -4})),
    p(file:truncate(R)),
    p(file:pwrite(R, 10, "!")),
    p(file:pread(R, 0, 20)),
    p(file:position(R, {bof, -1})),
    p(file:position(R, {eof, 0})),
    ok = file:close(R),
    p(file:truncate(R)),
    p(file:del_dir_r(D)).
