#!/usr/bin/env escript
-module(cod_versions).
-export([main/1]).
-mode(compile).
%% Exercises: reloading makes the current version old, check_old_code, purge, not_purged

p(X) -> io:format("~p~n", [X]).

src(V) ->
    io_lib:format("-module(cvr_mod).~n-export([v/0, twice/0]).~n"
                  "v() -> ~p.~ntwice() -> {v(), ?MODULE:v()}.~n", [V]).

build(D, V) ->
    Src = filename:join(D, "cvr_mod.erl"),
    ok = file:write_file(Src, src(V)),
    {ok, cvr_mod} = compile:file(Src, [{outdir, D}, report]).

main(_) ->
    D = "/tmp/erlts_conf_cod_versions",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    true = code:add_patha(D),
    build(D, 1),
    p(erlang:check_old_code(cvr_mod)),
    p(cvr_mod:v()),
    build(D, 2),
    p(cvr_mod:v()),
    p(code:load_file(cvr_mod)),
    p(cvr_mod:v()),
    p(cvr_mod:twice()),
    p(erlang:check_old_code(cvr_mod)),
    build(D, 3),
    p(code:load_file(cvr_mod)),
    timer:sleep(50),
    p(cvr_mod:v()),
    p(code:soft_purge(cvr_mod)),
    p(erlang:check_old_code(cvr_mod)),
    p(code:load_file(cvr_mod)),
    p(cvr_mod:v()),
    p(code:purge(cvr_mod)),
    p(code:purge(cvr_mod)),
    p(code:soft_purge(cvr_mod)),
    p(erlang:check_old_code(cvr_mod)),
    p(catch erlang:purge_module(cvr_mod)),
    p(code:load_file(cvr_mod)),
    p(erlang:purge_module(cvr_mod)),
    p(erlang:check_old_code(cvr_mod)),
    true = code:del_path(D),
    p(file:del_dir_r(D)).
