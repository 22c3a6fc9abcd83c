#!/usr/bin/env escript
-module(cod_on_load_auto).
-export([main/1]).
-mode(compile).
%% Exercises: -on_load runs when a call loads the module from the path; a failing one
%% leaves it unloaded and the call undefined

p(X) -> io:format("~p~n", [X]).
e(F) -> try F() catch C:R -> {C, R} end.

mod(D, Name, Init) ->
    Src = filename:join(D, Name ++ ".erl"),
    ok = file:write_file(Src, ["-module(", Name, ").\n-on_load(init/0).\n-export([f/0]).\n",
                               "init() -> ", Init, ".\nf() -> ", Name, ".\n"]),
    {ok, _} = compile:file(Src, [{outdir, D}]).

main(_) ->
    D = "/tmp/erlts_conf_cod_on_load_auto",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    true = code:add_patha(D),
    register(cod_on_load_auto_main, self()),
    mod(D, "cola_ok", "cod_on_load_auto_main ! on_load_ran, ok"),
    mod(D, "cola_bad", "nope"),
    p(cola_ok:f()),
    p(receive on_load_ran -> yes after 1000 -> no end),
    p(code:is_loaded(cola_ok) =/= false),
    p(e(fun() -> cola_bad:f() end)),
    p(code:is_loaded(cola_bad)),
    p(e(fun() -> cola_bad:f() end)),
    true = code:del_path(D),
    p(file:del_dir_r(D)).
