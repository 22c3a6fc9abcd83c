#!/usr/bin/env escript
-module(cod_on_load).
-export([main/1]).
-mode(compile).
%% Exercises: -on_load functions: ok loads the module, anything else is on_load_failure
%% (with its warning report) and leaves the module unloaded

p(X) -> io:format("~p~n", [X]).

mod(D, Name, Init) ->
    Src = filename:join(D, Name ++ ".erl"),
    ok = file:write_file(Src, ["-module(", Name, ").\n-on_load(init/0).\n-export([f/0]).\n",
                               "init() -> ", Init, ".\nf() -> ", Name, ".\n"]),
    {ok, _} = compile:file(Src, [{outdir, D}]).

main(_) ->
    D = "/tmp/erlts_conf_cod_on_load",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    true = code:add_patha(D),
    mod(D, "col_ok", "ok"),
    mod(D, "col_bad", "{error, not_today}"),
    mod(D, "col_msg", "cod_on_load_main ! {on_load, self() =/= whereis(cod_on_load_main)}, ok"),
    register(cod_on_load_main, self()),
    p(code:load_file(col_ok)),
    p(col_ok:f()),
    p(code:is_loaded(col_ok) =/= false),
    p(code:load_file(col_bad)),
    timer:sleep(50),
    p(code:is_loaded(col_bad)),
    p(erlang:check_old_code(col_bad)),
    p(code:load_file(col_msg)),
    p(receive {on_load, X} -> X after 1000 -> timeout end),
    p(col_msg:f()),
    true = code:del_path(D),
    p(file:del_dir_r(D)).
