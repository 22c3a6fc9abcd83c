#!/usr/bin/env escript
-module(fil_utf8_read).
-export([main/1]).
-mode(compile).
%% Exercises: file:read/2 and read_line/1 on a file opened with {encoding, utf8}: counts are characters

p(X) -> io:format("~w~n", [X]).

main(_) ->
    D = "/tmp/erlts_conf_fil_utf8_read",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    F = filename:join(D, "u.txt"),
    ok = file:write_file(F, <<"ab", 195, 169, "cd\n", "x", 226, 130, 172, "y\n">>),
    {ok, U} = file:open(F, [read, {encoding, utf8}]),
    p(file:read(U, 3)),
    p(file:position(U, cur)),
    p(file:read(U, 2)),
    p(file:read_line(U)),
    ok = file:close(U),
    {ok, B} = file:open(F, [read, binary, {encoding, unicode}]),
    p(file:read(B, 3)),
    p(file:read_line(B)),
    p(file:read(B, 10)),
    ok = file:close(B),
    {ok, L} = file:open(F, [read, {encoding, latin1}]),
    p(file:read(L, 3)),
    p(file:read_line(L)),
    ok = file:close(L),
    {ok, W} = file:open(F, [write, {encoding, utf8}]),
    p(file:write(W, <<"caf", 233>>)),
    p(file:write(W, [16#20ac])),
    p(io:put_chars(W, [16#20ac])),
    ok = file:close(W),
    p(file:read_file(F)),
    p(file:open(F, [read, {encoding, bogus}])),
    p(file:del_dir_r(D)).
