#!/usr/bin/env escript
-module(fil_open_read).
-export([main/1]).
-mode(compile).
%% Exercises: file:open/2 for reading, read/2, read_line/1, close/1, list and binary modes

p(X) -> io:format("~p~n", [X]).

main(_) ->
    D = "/tmp/erlts_conf_fil_open_read",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    F = filename:join(D, "in.txt"),
    ok = file:write_file(F, "line one\nline two\r\nlast"),
    {ok, Fd} = file:open(F, [read]),
    p(is_pid(Fd)),
    p(file:read(Fd, 4)),
    p(file:read_line(Fd)),
    p(file:read_line(Fd)),
    p(file:read(Fd, 0)),
    p(file:read_line(Fd)),
    p(file:read_line(Fd)),
    p(file:read(Fd, 10)),
    p(file:read(Fd, 0)),
    p(file:close(Fd)),
    p(file:read(Fd, 1)),
    p(file:read_line(Fd)),
    p(file:close(Fd)),
    {ok, B} = file:open(F, [read, binary]),
    p(file:read(B, 5)),
    p(file:read_line(B)),
    p(file:read(B, 100)),
    p(file:read(B, 1)),
    ok = file:close(B),
    {ok, R} = file:open(F, read),
    p(file:read(R, 3)),
    ok = file:close(R),
    p(file:open(filename:join(D, "none"), [read])),
    p(file:open(D, [read])),
    p(file:open(F, [read, bogus])),
    p(file:open(F, bogus)),
    p(file:open(123, [read])),
    p(file:open(F, [read, {read_ahead, 100}])),
    {ok, Fd2} = file:open(F, [read, read_ahead, binary]),
    p(file:read_line(Fd2)),
    p(file:read(Fd2, -1)),
    p(file:read(Fd2, foo)),
    ok = file:close(Fd2),
    {ok, W} = file:open(F, [write]),
    p(file:read(W, 1)),
    p(file:read_line(W)),
    ok = file:close(W),
    p(file:del_dir_r(D)).
