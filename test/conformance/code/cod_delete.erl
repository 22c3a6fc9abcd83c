#!/usr/bin/env escript
-module(cod_delete).
-export([main/1]).
-mode(compile).
%% Exercises: code:delete and erlang:delete_module make the current version old; calls
%% then load the module again from the path; delete refuses while old code exists

p(X) -> io:format("~p~n", [X]).
e(F) -> try F() catch C:R -> {C, R} end.

main(_) ->
    D = "/tmp/erlts_conf_cod_delete",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    Src = filename:join(D, "cdl_mod.erl"),
    ok = file:write_file(Src, "-module(cdl_mod).\n-export([f/0]).\nf() -> here.\n"),
    p(compile:file(Src, [{outdir, D}])),
    p(code:add_pathz(D)),
    p(code:ensure_loaded(cdl_mod)),
    p(code:delete(cdl_mod)),
    p({code:is_loaded(cdl_mod), erlang:module_loaded(cdl_mod), erlang:check_old_code(cdl_mod)}),
    p(code:delete(cdl_mod)),
    timer:sleep(50),
    p(code:purge(cdl_mod)),
    p(code:delete(cdl_mod)),
    p(cdl_mod:f()),
    p(code:is_loaded(cdl_mod) =/= false),
    p(erlang:delete_module(cdl_mod)),
    p(e(fun() -> erlang:delete_module(cdl_mod) end)),
    timer:sleep(50),
    p(erlang:purge_module(cdl_mod)),
    p(erlang:delete_module(cdl_mod)),
    p(e(fun() -> cdl_mod:f() end)),
    p(code:soft_purge(cdl_mod)),
    ok = file:delete(filename:join(D, "cdl_mod.beam")),
    p(code:which(cdl_mod)),
    p(e(fun() -> cdl_mod:f() end)),
    true = code:del_path(D),
    p(file:del_dir_r(D)).
