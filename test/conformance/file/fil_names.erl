#!/usr/bin/env escript
-module(fil_names).
-export([main/1]).
-mode(compile).
%% Exercises: file name forms accepted by file: strings, binaries, atoms, deep lists, unicode; bad names

p(X) -> io:format("~p~n", [X]).
e(F) -> try {ok, F()} catch C:R -> {C, R} end.

main(_) ->
    D = "/tmp/erlts_conf_fil_names",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    p(file:write_file([D, "/", ["deep", [$/ | "x.txt"]]], "x")),
    p(file:write_file([D, "/deep.txt"], "deep")),
    p(file:read_file(<<"/tmp/erlts_conf_fil_names/deep.txt">>)),
    p(file:read_file([D, '/', 'deep.txt'])),
    p(file:write_file('/tmp/erlts_conf_fil_names/atom.txt', "atom")),
    p(file:read_file(D ++ "/atom.txt")),
    p(file:write_file(D ++ "/caf\x{e9}.txt", "u")),
    p(file:write_file(D ++ "/\x{3b1}\x{3b2}.txt", "greek")),
    {ok, L} = file:list_dir(D),
    p(lists:sort(L)),
    p(file:read_file(<<"/tmp/erlts_conf_fil_names/caf", 16#c3, 16#a9, ".txt">>)),
    p(file:read_file(<<"/tmp/erlts_conf_fil_names/", 206, 177, 206, 178, ".txt">>)),
    p(file:write_file(<<"/tmp/erlts_conf_fil_names/raw", 255, ".bin">>, "raw")),
    {ok, L3} = file:list_dir_all(D),
    p(lists:sort(L3)),
    p(file:read_file([D, "/", <<"deep.txt">>])),
    p(file:read_file({D})),
    p(file:read_file([D, 1.5])),
    p(file:read_file(D ++ [0] ++ "x")),
    p(file:read_file(<<"/tmp/a", 0, "b">>)),
    p(file:read_file([-1])),
    p(file:read_file(D ++ [16#110000])),
    p(file:make_dir(<<>>)),
    p(file:read_file("")),
    p(e(fun() -> file:list_dir(self()) end)),
    p(file:del_dir_r(D)).
