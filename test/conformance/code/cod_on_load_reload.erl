#!/usr/bin/env escript
-module(cod_on_load_reload).
-export([main/1]).
-mode(compile).
%% Exercises: reloading a module whose new version's -on_load fails keeps the previous
%% version current; a later version that succeeds replaces it

p(X) -> io:format("~p~n", [X]).

build(D, V, Init) ->
    Src = filename:join(D, "colr_mod.erl"),
    ok = file:write_file(Src, io_lib:format(
        "-module(colr_mod).~n-on_load(init/0).~n-export([v/0]).~n"
        "init() -> ~s.~nv() -> ~p.~n", [Init, V])),
    {ok, colr_mod} = compile:file(Src, [{outdir, D}]),
    code:load_file(colr_mod).

main(_) ->
    D = "/tmp/erlts_conf_cod_on_load_reload",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    true = code:add_patha(D),
    p(build(D, 1, "ok")),
    p(colr_mod:v()),
    p(build(D, 2, "nope")),
    timer:sleep(50),
    p(colr_mod:v()),
    p(erlang:check_old_code(colr_mod)),
    p(build(D, 3, "ok")),
    p(colr_mod:v()),
    p(erlang:check_old_code(colr_mod)),
    p(code:purge(colr_mod)),
    true = code:del_path(D),
    p(file:del_dir_r(D)).
