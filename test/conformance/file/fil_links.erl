#!/usr/bin/env escript
-module(fil_links).
-export([main/1]).
-mode(compile).
%% Exercises: file:make_symlink/2, read_link/1, read_link_all/1, read_link_info/1,2, make_link/2

-include_lib("kernel/include/file.hrl").

p(X) -> io:format("~p~n", [X]).

main(_) ->
    D = "/tmp/erlts_conf_fil_links",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    J = fun(N) -> filename:join(D, N) end,
    ok = file:write_file(J("target"), "data"),
    p(file:make_symlink("target", J("link"))),
    p(file:make_symlink("target", J("link"))),
    p(file:read_link(J("link"))),
    p(file:read_link_all(J("link"))),
    p(file:read_link(J("target"))),
    p(file:read_link(J("none"))),
    p(file:read_file(J("link"))),
    {ok, LI} = file:read_link_info(J("link")),
    p({LI#file_info.type, LI#file_info.size}),
    {ok, FI} = file:read_file_info(J("link")),
    p({FI#file_info.type, FI#file_info.size}),
    {ok, TI} = file:read_link_info(J("target"), [{time, posix}]),
    p({TI#file_info.type, is_integer(TI#file_info.mtime)}),
    p(file:make_symlink("nowhere", J("dangling"))),
    p(file:read_link(J("dangling"))),
    p(file:read_file(J("dangling"))),
    p(file:read_file_info(J("dangling"))),
    {ok, DI} = file:read_link_info(J("dangling")),
    p(DI#file_info.type),
    p(filelib:is_file(J("dangling"))),
    p(filelib:is_regular(J("link"))),
    p(file:make_link(J("target"), J("hard"))),
    {ok, HI} = file:read_file_info(J("hard")),
    p({HI#file_info.type, HI#file_info.links}),
    p(file:make_link(J("target"), J("hard"))),
    p(file:make_link(J("none"), J("hard2"))),
    p(file:delete(J("link"))),
    p(file:read_file(J("target"))),
    {ok, Names} = file:list_dir(D),
    p(lists:sort(Names)),
    p(file:del_dir_r(D)).
