#!/usr/bin/env escript
-module(fil_list_dir_all).
-export([main/1]).
-mode(compile).
%% Exercises: file:list_dir_all/1 with names that are not UTF-8 (returned as binaries), read_link_all/1

p(X) -> io:format("~w~n", [X]).

main(_) ->
    D = "/tmp/erlts_conf_fil_list_dir_all",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    Raw = <<"/tmp/erlts_conf_fil_list_dir_all/raw", 255, 254>>,
    ok = file:write_file(Raw, "r"),
    ok = file:write_file(D ++ "/plain", "p"),
    ok = file:write_file(D ++ "/\x{e9}t\x{e9}", "u"),
    {ok, All} = file:list_dir_all(D),
    p(lists:sort(All)),
    {ok, AllB} = file:list_dir_all(list_to_binary(D)),
    p(lists:sort(AllB)),
    p(file:read_file(Raw)),
    ok = file:make_symlink(<<"target", 255>>, <<"/tmp/erlts_conf_fil_list_dir_all/link">>),
    p(file:read_link_all(D ++ "/link")),
    p(file:read_link(D ++ "/link")),
    ok = file:make_symlink("\x{e9}", D ++ "/ulink"),
    p(file:read_link(D ++ "/ulink")),
    p(file:read_link_all(D ++ "/ulink")),
    p(file:delete(Raw)),
    p(file:del_dir_r(D)).
