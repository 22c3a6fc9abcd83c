#!/usr/bin/env escript
-module(fil_dir_errors).
-export([main/1]).
-mode(compile).
%% Exercises: directory operations at their limits: renames of directories, del_dir_r, trailing slashes

p(X) -> io:format("~p~n", [X]).

main(_) ->
    D = "/tmp/erlts_conf_fil_dir_errors",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    J = fun(N) -> filename:join(D, N) end,
    p(file:make_dir(D ++ "/slash/")),
    p(file:del_dir(D ++ "/slash/")),
    ok = file:make_dir(J("a")),
    ok = file:make_dir(J("b")),
    ok = file:write_file(J("b/inside"), "x"),
    p(file:rename(J("a"), J("b"))),
    p(file:rename(J("b"), J("a"))),
    p(file:list_dir(J("a"))),
    p(file:rename(J("a"), J("a/sub"))),
    ok = file:write_file(J("f"), "file"),
    p(file:rename(J("a"), J("f"))),
    p(file:rename(J("f"), J("a"))),
    p(file:make_dir(J("f"))),
    p(file:make_dir(J("f/g"))),
    p(file:del_dir(J("f"))),
    p(file:del_dir(J("."))),
    p(file:del_dir(J("a/inside"))),
    ok = file:make_symlink(J("a"), J("link")),
    p(file:list_dir(J("link"))),
    p(file:del_dir(J("link"))),
    p(file:del_dir_r(J("link"))),
    p(file:list_dir(J("a"))),
    p(file:del_dir_r(J("missing"))),
    p(file:del_dir_r(J("f/x"))),
    p(file:del_dir_r(123)),
    p(file:make_dir(123)),
    p(file:del_dir(123)),
    p(file:list_dir(123)),
    p(file:list_dir_all(J("missing"))),
    p(file:del_dir_r(D)),
    p(file:del_dir_r(D)).
