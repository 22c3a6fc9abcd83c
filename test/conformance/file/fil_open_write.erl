#!/usr/bin/env escript
-module(fil_open_write).
-export([main/1]).
-mode(compile).
%% Exercises: file:open/2 for writing (write, append, exclusive, read+write), write/2 and io on the file

p(X) -> io:format("~p~n", [X]).
e(F) -> try {ok, F()} catch C:R -> {C, R} end.

main(_) ->
    D = "/tmp/erlts_conf_fil_open_write",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    F = filename:join(D, "out.txt"),
    {ok, W} = file:open(F, [write]),
    p(file:write(W, "abc")),
    p(file:write(W, [<<"de">>, $f, ["gh"]])),
    p(io:format(W, "~p and ~s~n", [{x, 1}, "str"])),
    p(io:put_chars(W, "put\n")),
    p(io:put_chars(W, <<"bin\n">>)),
    p(io:write(W, [1, two])),
    p(io:nl(W)),
    p(io:fwrite(W, "~5.2f|~n", [3.14159])),
    p(file:write(W, [foo])),
    p(file:close(W)),
    p(file:read_file(F)),
    {ok, A} = file:open(F, [append]),
    p(file:write(A, "appended\n")),
    ok = file:close(A),
    p(file:read_file(F)),
    {ok, T} = file:open(F, [write]),
    ok = file:close(T),
    p(file:read_file(F)),
    p(file:open(F, [exclusive])),
    G = filename:join(D, "excl"),
    {ok, X} = file:open(G, [exclusive]),
    p(file:write(X, "x")),
    ok = file:close(X),
    p(file:read_file(G)),
    {ok, RW} = file:open(G, [read, write]),
    p(file:read(RW, 1)),
    p(file:write(RW, "yz")),
    ok = file:close(RW),
    p(file:read_file(G)),
    p(file:open(filename:join([D, "no", "f"]), [write])),
    p(file:open(D, [write])),
    {ok, W2} = file:open(F, [write, binary]),
    p(file:write(W2, <<"binary mode">>)),
    ok = file:close(W2),
    p(file:read_file(F)),
    p(file:write(W2, "closed")),
    p(e(fun() -> io:format(W2, "x", []) end)),
    p(file:del_dir_r(D)).
