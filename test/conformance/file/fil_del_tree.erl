#!/usr/bin/env escript
-module(fil_del_tree).
-export([main/1]).
-mode(compile).
%% Exercises: file:del_dir_r/1 on a tree with files, empty dirs and symlinks (not followed)

p(X) -> io:format("~p~n", [X]).

main(_) ->
    D = "/tmp/erlts_conf_fil_del_tree",
    _ = file:del_dir_r(D),
    J = fun(N) -> filename:join(D, N) end,
    ok = filelib:ensure_path(J("keep")),
    ok = file:write_file(J("keep/precious"), "x"),
    ok = filelib:ensure_path(J("tree/a/b/c")),
    ok = filelib:ensure_path(J("tree/empty")),
    [ok = file:write_file(J(F), F) || F <- ["tree/f1", "tree/a/f2", "tree/a/b/f3", "tree/a/b/c/f4"]],
    ok = file:make_symlink(J("keep"), J("tree/a/link_to_keep")),
    ok = file:make_symlink(J("tree"), J("tree/a/b/loop")),
    p(length(filelib:wildcard(J("tree/**")))),
    p(file:del_dir(J("tree"))),
    p(file:del_dir_r(J("tree"))),
    p(filelib:is_dir(J("tree"))),
    p(file:read_file(J("keep/precious"))),
    ok = file:make_symlink(J("keep"), J("dirlink")),
    p(file:del_dir_r(J("dirlink"))),
    p(file:read_link(J("dirlink"))),
    p(file:read_file(J("keep/precious"))),
    p(file:del_dir_r(J("keep/precious"))),
    p(file:list_dir(J("keep"))),
    p(file:del_dir_r(list_to_binary(J("keep")))),
    p(file:list_dir(D)),
    p(file:del_dir_r(D)).
