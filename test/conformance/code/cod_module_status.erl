#!/usr/bin/env escript
-module(cod_module_status).
-export([main/1]).
-mode(compile).
%% Exercises: code:module_status/1 (not_loaded, loaded, modified, removed) and
%% code:modified_modules/0 as the object file on the path changes

p(X) -> io:format("~p~n", [X]).

build(D, V) ->
    Src = filename:join(D, "cms_mod.erl"),
    ok = file:write_file(Src, io_lib:format("-module(cms_mod).~n-export([v/0]).~nv() -> ~p.~n", [V])),
    compile:file(Src, [{outdir, D}]).

main(_) ->
    D = "/tmp/erlts_conf_cod_module_status",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    true = code:add_patha(D),
    p(code:module_status(cms_mod)),
    p(build(D, 1)),
    p(code:module_status(cms_mod)),
    p(code:ensure_loaded(cms_mod)),
    p(code:module_status(cms_mod)),
    p(lists:member(cms_mod, code:modified_modules())),
    p(build(D, 2)),
    p(code:module_status(cms_mod)),
    p(lists:member(cms_mod, code:modified_modules())),
    p(code:module_status([cms_mod, lists])),
    p(code:load_file(cms_mod)),
    p({cms_mod:v(), code:module_status(cms_mod)}),
    p(lists:member(cms_mod, code:modified_modules())),
    ok = file:delete(filename:join(D, "cms_mod.beam")),
    p(code:module_status(cms_mod)),
    p(code:purge(cms_mod)),
    p(code:delete(cms_mod)),
    p(code:module_status(cms_mod)),
    true = code:del_path(D),
    p(file:del_dir_r(D)).
