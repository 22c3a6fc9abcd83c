#!/usr/bin/env escript
-module(fil_raw_positions).
-export([main/1]).
-mode(compile).
%% Exercises: position/pread/pwrite on raw files: every position form, lists, errors, eof

p(X) -> io:format("~p~n", [X]).

main(_) ->
    D = "/tmp/erlts_conf_fil_raw_positions",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    F = filename:join(D, "r.bin"),
    ok = file:write_file(F, "0123456789"),
    {ok, R} = file:open(F, [raw, read, write, binary]),
    Pos = [bof, cur, eof, 4, {bof, 2}, {cur, 3}, {eof, -1}, {eof, 5}, {cur, -100}, -1,
           {bof, -1}, {bad, 1}, 1.0],
    [p({P, file:position(R, P)}) || P <- Pos],
    p(file:position(R, 0)),
    p(file:pread(R, 3, 4)),
    p(file:position(R, cur)),
    p(file:pread(R, {cur, 2}, 2)),
    p(file:pread(R, {eof, -3}, 10)),
    p(file:pread(R, 100, 1)),
    p(file:pread(R, 5, 0)),
    p(file:pread(R, [{0, 1}, {100, 1}, {9, 5}])),
    p(file:pread(R, [])),
    p(file:pread(R, [{bad, 1}])),
    p(file:pwrite(R, [{0, <<"A">>}, {{eof, 0}, <<"E">>}])),
    p(file:pwrite(R, [])),
    p(file:pwrite(R, 2, [<<"b">>, "c"])),
    p(file:pread(R, 0, 20)),
    p(file:position(R, cur)),
    p(file:read(R, 3)),
    p(file:write(R, <<"W">>)),
    p(file:pread(R, 0, 20)),
    p(file:read(R, 0)),
    {ok, _} = file:position(R, eof),
    p(file:read(R, 0)),
    p(file:read(R, 1)),
    ok = file:close(R),
    p(file:position(R, 0)),
    p(file:pread(R, 0, 1)),
    p(file:pwrite(R, 0, "x")),
    p(file:del_dir_r(D)).
