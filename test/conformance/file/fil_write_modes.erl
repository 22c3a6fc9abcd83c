#!/usr/bin/env escript
-module(fil_write_modes).
-export([main/1]).
-mode(compile).
%% Exercises: open mode combinations: read+write, append+read, old mode forms, write_file/3 modes

p(X) -> io:format("~p~n", [X]).

main(_) ->
    D = "/tmp/erlts_conf_fil_write_modes",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    F = filename:join(D, "m.txt"),
    ok = file:write_file(F, "0123456789"),
    {ok, RW} = file:open(F, [read, write]),
    p(file:write(RW, "ab")),
    p(file:read(RW, 3)),
    ok = file:close(RW),
    p(file:read_file(F)),
    {ok, AR} = file:open(F, [append, read]),
    p(file:read(AR, 2)),
    p(file:write(AR, "END")),
    p(file:position(AR, cur)),
    p(file:pread(AR, 0, 3)),
    ok = file:close(AR),
    p(file:read_file(F)),
    {ok, RWA} = file:open(F, read_write),
    p(file:read(RWA, 4)),
    ok = file:close(RWA),
    {ok, BR} = file:open(F, {binary, read}),
    p(file:read(BR, 4)),
    ok = file:close(BR),
    {ok, CW} = file:open(F, {character, write}),
    p(file:write(CW, "char")),
    ok = file:close(CW),
    p(file:read_file(F)),
    p(file:open(F, {binary, bogus})),
    p(file:open(F, {binary, "read"})),
    p(file:open(F, 42)),
    p(file:write_file(F, <<"b">>, [binary])),
    p(file:write_file(F, "c", [append, binary])),
    p(file:write_file(F, "d", [sync])),
    p(file:write_file(F, "e", [raw, append])),
    p(file:write_file(F, "f", [read])),
    p(file:read_file(F)),
    p(file:write_file(F, "g", [append, exclusive])),
    p(file:write_file(F, "h", [])),
    p(file:read_file(F)),
    {ok, WR} = file:open(F, [write, read]),
    p(file:read(WR, 1)),
    ok = file:close(WR),
    p(file:del_dir_r(D)).
