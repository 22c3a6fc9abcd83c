#!/usr/bin/env escript
-module(fil_cwd_relative).
-export([main/1]).
-mode(compile).
%% Exercises: relative names after file:set_cwd/1: wildcard, absname, filelib, consult, open

p(X) -> io:format("~p~n", [X]).

main(_) ->
    D = "/tmp/erlts_conf_fil_cwd_relative",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    {ok, Orig} = file:get_cwd(),
    ok = file:set_cwd(D),
    ok = file:write_file("a.cfg", "{x, 1}.\n"),
    ok = filelib:ensure_dir("sub/deeper/f"),
    ok = file:write_file("sub/b.cfg", "[y].\n"),
    p(filelib:wildcard("*.cfg")),
    p(filelib:wildcard("**/*.cfg")),
    p(filelib:wildcard("sub/*")),
    p(filename:absname("a.cfg")),
    p(filename:absname("sub/../a.cfg")),
    p(filelib:is_dir("sub/deeper")),
    p(filelib:file_size("a.cfg")),
    p(file:consult("sub/b.cfg")),
    {ok, Fd} = file:open("sub/c.txt", [write]),
    ok = file:set_cwd("sub"),
    ok = io:format(Fd, "written after cd~n", []),
    ok = file:close(Fd),
    p(file:read_file("c.txt")),
    p(file:list_dir(".")),
    p(lists:sort(element(2, file:list_dir("..")))),
    p(file:get_cwd()),
    ok = file:set_cwd(Orig),
    p(file:get_cwd() =:= {ok, Orig}),
    p(file:read_file("a.cfg")),
    p(file:del_dir_r(D)).
