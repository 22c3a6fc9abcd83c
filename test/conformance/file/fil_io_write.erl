#!/usr/bin/env escript
-module(fil_io_write).
-export([main/1]).
-mode(compile).
%% Exercises: io functions writing to a file: format with ~p of long terms, fwrite, nl, write, errors

p(X) -> io:format("~p~n", [X]).
e(F) -> try {ok, F()} catch C:R -> {C, R} end.
id(X) -> X.

main(_) ->
    D = "/tmp/erlts_conf_fil_io_write",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    F = filename:join(D, "io.txt"),
    {ok, Fd} = file:open(F, [write]),
    ok = io:format(Fd, "~p~n", [lists:seq(1, 40)]),
    ok = io:format(Fd, "~p~n", [{record_like, [{key, "value"}, {other, <<"bin">>}], #{a => 1}}]),
    ok = io:fwrite(Fd, "~-10s|~10.3f|~.16b~n", ["left", 2.5, 255]),
    ok = io:write(Fd, {a, "b", 3.0}),
    ok = io:nl(Fd),
    ok = io:put_chars(Fd, ["deep", [$\s, <<"chars">>], $\n]),
    ok = io:format(Fd, "~w ~s ~c~n", [[1, 2], <<"bin">>, $z]),
    p(e(fun() -> io:format(Fd, id("~d~n"), [notint]) end)),
    p(e(fun() -> io:format(Fd, id(123), []) end)),
    ok = io:format(Fd, "still open~n", []),
    ok = file:close(Fd),
    {ok, Text} = file:read_file(F),
    io:put_chars(Text),
    p(file:del_dir_r(D)).
