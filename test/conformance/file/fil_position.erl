#!/usr/bin/env escript
-module(fil_position).
-export([main/1]).
-mode(compile).
%% Exercises: file:position/2, pread/2,3, pwrite/2,3, truncate/1, sync/1 on io-server files

p(X) -> io:format("~p~n", [X]).

main(_) ->
    D = "/tmp/erlts_conf_fil_position",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    F = filename:join(D, "p.txt"),
    ok = file:write_file(F, "0123456789"),
    {ok, Fd} = file:open(F, [read, write]),
    p(file:position(Fd, 3)),
    p(file:read(Fd, 2)),
    p(file:position(Fd, cur)),
    p(file:position(Fd, {cur, -4})),
    p(file:read(Fd, 1)),
    p(file:position(Fd, eof)),
    p(file:position(Fd, {eof, -2})),
    p(file:read(Fd, 5)),
    p(file:position(Fd, bof)),
    p(file:position(Fd, {bof, 7})),
    p(file:read(Fd, 1)),
    p(file:position(Fd, {cur, -100})),
    p(file:position(Fd, cur)),
    p(file:position(Fd, bad)),
    p(file:position(Fd, 20)),
    p(file:read(Fd, 1)),
    p(file:pread(Fd, 2, 3)),
    p(file:pread(Fd, 9, 5)),
    p(file:pread(Fd, 50, 5)),
    p(file:pread(Fd, [{0, 2}, {5, 2}, {100, 1}])),
    p(file:pread(Fd, {eof, -3}, 2)),
    p(file:pwrite(Fd, 0, "AB")),
    p(file:pwrite(Fd, [{4, "X"}, {8, <<"YZ">>}])),
    p(file:pread(Fd, 0, 10)),
    p(file:position(Fd, 5)),
    p(file:truncate(Fd)),
    p(file:sync(Fd)),
    p(file:datasync(Fd)),
    p(file:close(Fd)),
    p(file:read_file(F)),
    p(file:position(Fd, 0)),
    p(file:pread(Fd, 0, 1)),
    p(file:truncate(Fd)),
    {ok, B} = file:open(F, [read, binary]),
    p(file:pread(B, 1, 2)),
    p(file:pwrite(B, 0, "no")),
    p(file:truncate(B)),
    ok = file:close(B),
    p(file:del_dir_r(D)).
