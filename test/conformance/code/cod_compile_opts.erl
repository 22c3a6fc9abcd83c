#!/usr/bin/env escript
-module(cod_compile_opts).
-export([main/1]).
-mode(compile).
%% Exercises: compile:file options: binary (then load_binary), {d, M} and {d, M, V},
%% {i, Dir} for -include, a source name without .erl, get_object_code

p(X) -> io:format("~p~n", [X]).

main(_) ->
    D = "/tmp/erlts_conf_cod_compile_opts",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    Inc = filename:join(D, "inc"),
    ok = file:make_dir(Inc),
    ok = file:write_file(filename:join(Inc, "cco.hrl"), "-define(GREETING, \"hi\").\n"),
    Src = filename:join(D, "cco_mod.erl"),
    ok = file:write_file(Src, "-module(cco_mod).\n-export([info/0]).\n-include(\"cco.hrl\").\n"
                              "-ifdef(EXTRA).\nextra() -> yes.\n-else.\nextra() -> no.\n-endif.\n"
                              "info() -> {?GREETING, ?LEVEL, extra()}.\n"),
    {ok, cco_mod, Bin} = compile:file(Src, [binary, {i, Inc}, {d, 'LEVEL', 7}]),
    p(is_binary(Bin)),
    p(filelib:is_regular(filename:join(D, "cco_mod.beam"))),
    p(code:load_binary(cco_mod, Src, Bin)),
    p(cco_mod:info()),
    p(code:which(cco_mod) =:= Src),
    p(code:is_loaded(cco_mod) =:= {file, Src}),
    {ok, cco_mod, Bin2} = compile:file(filename:rootname(Src), [binary, {i, Inc}, {d, 'LEVEL', {a, b}}, {d, 'EXTRA'}]),
    p(code:load_binary(cco_mod, "cco_mod.beam", Bin2)),
    timer:sleep(50),
    p(code:purge(cco_mod)),
    p(code:load_binary(cco_mod, "cco_mod.beam", Bin2)),
    p(cco_mod:info()),
    p(code:which(cco_mod)),
    p(compile:file(Src, [{i, Inc}, {d, 'LEVEL', 1}, {outdir, D}])),
    p(code:get_object_code(cco_mod)),
    p(code:add_patha(D)),
    {cco_mod, Obj, File} = code:get_object_code(cco_mod),
    p({is_binary(Obj), File =:= filename:join(D, "cco_mod.beam")}),
    p(code:purge(cco_mod)),
    p(code:load_binary(cco_mod, File, Obj)),
    p(cco_mod:info()),
    p(code:del_path(D)),
    p(file:del_dir_r(D)).
