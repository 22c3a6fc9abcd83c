#!/usr/bin/env escript
-module(fil_read_write).
-export([main/1]).
-mode(compile).
%% Exercises: file:write_file/2,3 and file:read_file/1, data shapes, modes and errors

id(X) -> X.
p(X) -> io:format("~p~n", [X]).
e(F) -> try {ok, F()} catch C:R -> {C, R} end.

main(_) ->
    D = "/tmp/erlts_conf_fil_read_write",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    F = filename:join(D, "a.txt"),
    p(file:write_file(F, <<"hello\n">>)),
    p(file:read_file(F)),
    p(file:write_file(F, id(["ab", $c, [<<"de">>, [$f]]]))),
    p(file:read_file(F)),
    p(file:write_file(F, <<"more">>, [append])),
    p(file:read_file(F)),
    p(file:write_file(F, "x", [write])),
    p(file:read_file(F)),
    p(file:write_file(F, <<>>)),
    p(file:read_file(F)),
    p(file:write_file(F, <<1,2,3,255>>, [raw, binary])),
    p(file:read_file(F)),
    p(file:write_file(F, "new", [exclusive])),
    p(file:write_file(filename:join(D, "b.txt"), "new", [exclusive])),
    p(file:read_file(filename:join(D, "b.txt"))),
    %% errors
    p(file:read_file(filename:join(D, "missing"))),
    p(file:read_file(D)),
    p(file:write_file(D, "x")),
    p(file:write_file(filename:join([D, "nodir", "f"]), "x")),
    p(file:read_file(filename:join([F, "sub"]))),
    p(e(fun() -> file:write_file(F, id([1, 2, foo])) end)),
    p(e(fun() -> file:write_file(F, id(1000)) end)),
    p(e(fun() -> file:write_file(F, id([256])) end)),
    p(file:read_file(F)),
    p(e(fun() -> file:read_file(id(123)) end)),
    p(e(fun() -> file:read_file(id({a})) end)),
    p(e(fun() -> file:write_file(id(1.5), "x") end)),
    p(e(fun() -> file:write_file(F, "x", id(bad)) end)),
    p(e(fun() -> file:write_file(F, "x", id([bad])) end)),
    p(file:read_file(F)),
    p(file:del_dir_r(D)).
