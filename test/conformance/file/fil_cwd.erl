#!/usr/bin/env escript
-module(fil_cwd).
-export([main/1]).
-mode(compile).
%% Exercises: file:get_cwd/0,1, file:set_cwd/1 and relative names

p(X) -> io:format("~p~n", [X]).
e(F) -> try {ok, F()} catch C:R -> {C, R} end.

main(_) ->
    D = "/tmp/erlts_conf_fil_cwd",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    {ok, Orig} = file:get_cwd(),
    p(is_list(Orig)),
    p(filename:pathtype(Orig)),
    p(filelib:is_file("test/conformance/file/fil_cwd.erl")),
    p(file:set_cwd(D)),
    p(file:get_cwd()),
    p(file:write_file("rel.txt", "relative")),
    p(file:read_file(filename:join(D, "rel.txt"))),
    p(file:make_dir("sub")),
    p(file:set_cwd("sub")),
    p(file:get_cwd()),
    p(file:read_file("../rel.txt")),
    p(file:set_cwd("..")),
    p(file:get_cwd()),
    p(file:set_cwd("nonexistent")),
    p(file:set_cwd("rel.txt")),
    p(file:get_cwd()),
    p(file:set_cwd(list_to_binary(D ++ "/sub"))),
    p(file:get_cwd()),
    p(e(fun() -> file:set_cwd(123) end)),
    p(file:get_cwd("/")),
    p(file:set_cwd(Orig)),
    p(file:get_cwd() =:= {ok, Orig}),
    p(filelib:is_file("test/conformance/file/fil_cwd.erl")),
    p(file:del_dir_r(D)).
