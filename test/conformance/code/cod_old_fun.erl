#!/usr/bin/env escript
-module(cod_old_fun).
-export([main/1]).
-mode(compile).
%% Exercises: funs and local calls of old code keep running old code; remote calls and
%% fun M:F/A go to the current version

p(X) -> io:format("~p~n", [X]).

build(D, V) ->
    Src = filename:join(D, "cof_mod.erl"),
    ok = file:write_file(Src, io_lib:format(
        "-module(cof_mod).~n-export([v/0, mk/0, ext/0, both/0]).~n"
        "v() -> ~p.~nmk() -> fun() -> {local, v()} end.~n"
        "ext() -> fun ?MODULE:v/0.~nboth() -> {v(), ?MODULE:v()}.~n", [V])),
    {ok, cof_mod} = compile:file(Src, [{outdir, D}]),
    code:load_file(cof_mod).

main(_) ->
    D = "/tmp/erlts_conf_cod_old_fun",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    true = code:add_patha(D),
    p(build(D, 1)),
    F1 = cof_mod:mk(),
    E1 = cof_mod:ext(),
    p({F1(), E1()}),
    p(build(D, 2)),
    F2 = cof_mod:mk(),
    p({F1(), F2(), E1(), cof_mod:v()}),
    p(cof_mod:both()),
    p(is_function(F1, 0)),
    p(erlang:fun_info(F1, module)),
    p(code:purge(cof_mod)),
    p({F2(), E1()}),
    p(build(D, 3)),
    p({F2(), E1(), cof_mod:both()}),
    p(code:soft_purge(cof_mod)),
    true = code:del_path(D),
    p(file:del_dir_r(D)).
