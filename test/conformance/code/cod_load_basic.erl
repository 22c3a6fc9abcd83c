#!/usr/bin/env escript
-module(cod_load_basic).
-export([main/1]).
-mode(compile).
%% Exercises: compile:file into a directory, the code path, load_file, is_loaded, which

p(X) -> io:format("~p~n", [X]).

main(_) ->
    D = "/tmp/erlts_conf_cod_load_basic",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    Src = filename:join(D, "clb_mod.erl"),
    ok = file:write_file(Src, "-module(clb_mod).\n-export([hello/1]).\nhello(X) -> {hello, X}.\n"),
    p(compile:file(Src, [{outdir, D}, report])),
    p(filelib:is_regular(filename:join(D, "clb_mod.beam"))),
    p(code:is_loaded(clb_mod)),
    p(erlang:module_loaded(clb_mod)),
    p(code:which(clb_mod)),
    p(code:load_file(clb_mod)),
    p(code:add_patha(D)),
    p(lists:member(D, code:get_path())),
    p(code:which(clb_mod) =:= filename:join(D, "clb_mod.beam")),
    p(code:is_loaded(clb_mod)),
    p(code:load_file(clb_mod)),
    p(code:is_loaded(clb_mod) =:= {file, filename:join(D, "clb_mod.beam")}),
    p(erlang:module_loaded(clb_mod)),
    p(clb_mod:hello(world)),
    p(lists:sort(clb_mod:module_info(exports))),
    p(lists:keymember(clb_mod, 1, code:all_loaded())),
    p(erlang:function_exported(clb_mod, hello, 1)),
    p(code:del_path(D)),
    p(lists:member(D, code:get_path())),
    p(clb_mod:hello(again)),
    p(file:del_dir_r(D)).
