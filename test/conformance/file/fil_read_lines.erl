#!/usr/bin/env escript
-module(fil_read_lines).
-export([main/1]).
-mode(compile).
%% Exercises: file:read_line/1 on long lines, empty lines, CR LF, no final newline; read/2 across lines

p(X) -> io:format("~p~n", [X]).

lines(Fd, Acc) ->
    case file:read_line(Fd) of
        {ok, L} -> lines(Fd, [L | Acc]);
        eof -> lists:reverse(Acc);
        Err -> {Err, lists:reverse(Acc)}
    end.

main(_) ->
    D = "/tmp/erlts_conf_fil_read_lines",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    F = filename:join(D, "l.txt"),
    Long = lists:duplicate(700, $x),
    ok = file:write_file(F, ["first\n", "\n", Long, "\n", "cr\r\n", "\r\n", "mid\rdle\n", "last"]),
    {ok, Fd} = file:open(F, [read]),
    Ls = lines(Fd, []),
    p([length(L) || L <- Ls]),
    p([L || L <- Ls, length(L) < 100]),
    ok = file:close(Fd),
    {ok, B} = file:open(F, [read, binary]),
    BLs = lines(B, []),
    p([byte_size(L) || L <- BLs]),
    p([L || L <- BLs, byte_size(L) < 100]),
    ok = file:close(B),
    {ok, R} = file:open(F, [read, raw]),
    RLs = lines(R, []),
    p([length(L) || L <- RLs]),
    p([L || L <- RLs, length(L) < 100]),
    ok = file:close(R),
    {ok, RB} = file:open(F, [read, raw, binary, {read_ahead, 16}]),
    p(file:read(RB, 3)),
    p(file:read_line(RB)),
    p(file:read(RB, 2)),
    {ok, _} = file:read(RB, 700),
    p(file:read_line(RB)),
    p(file:read_line(RB)),
    ok = file:close(RB),
    ok = file:write_file(F, ""),
    {ok, E} = file:open(F, [read]),
    p(file:read_line(E)),
    p(file:read(E, 1)),
    ok = file:close(E),
    ok = file:write_file(F, "\n"),
    {ok, N} = file:open(F, [read, binary]),
    p(lines(N, [])),
    ok = file:close(N),
    p(file:del_dir_r(D)).
