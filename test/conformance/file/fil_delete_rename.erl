#!/usr/bin/env escript
-module(fil_delete_rename).
-export([main/1]).
-mode(compile).
%% Exercises: file:delete/1,2, file:rename/2

p(X) -> io:format("~p~n", [X]).

main(_) ->
    D = "/tmp/erlts_conf_fil_delete_rename",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    J = fun(N) -> filename:join(D, N) end,
    ok = file:write_file(J("a"), "AAA"),
    p(file:rename(J("a"), J("b"))),
    p(file:read_file(J("a"))),
    p(file:read_file(J("b"))),
    p(file:rename(J("a"), J("c"))),
    ok = file:write_file(J("c"), "CCC"),
    p(file:rename(J("b"), J("c"))),
    p(file:read_file(J("c"))),
    p(file:list_dir(D)),
    ok = file:make_dir(J("dir")),
    p(file:rename(J("c"), J("dir"))),
    p(file:rename(J("dir"), J("dir2"))),
    p(file:rename(J("c"), J("dir2/c"))),
    p(file:list_dir(J("dir2"))),
    p(file:rename(J("dir2/c"), J("missing/c"))),
    p(file:delete(J("dir2/c"))),
    p(file:delete(J("dir2/c"))),
    p(file:delete(J("dir2"))),
    p(file:delete(J("dir2/c/x"))),
    ok = file:write_file(J("f"), "x"),
    p(file:delete(J("f/x"))),
    p(file:delete(J("f"), [raw])),
    p(file:delete(<<"/tmp/erlts_conf_fil_delete_rename/none">>)),
    p(file:rename(<<"/tmp/erlts_conf_fil_delete_rename/dir2">>, J("dir3"))),
    p(file:list_dir(D)),
    p(file:delete(123)),
    p(file:rename(a, 1)),
    p(file:del_dir_r(D)).
