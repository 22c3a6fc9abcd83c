#!/usr/bin/env escript
-module(cod_c_shell).
-export([main/1]).
-mode(compile).
%% Exercises: the shell helpers c:c/1,2 (compile, purge, load) and c:l/1 (reload),
%% code:load_abs/1

p(X) -> io:format("~p~n", [X]).

write(D, V) ->
    ok = file:write_file(filename:join(D, "ccs_mod.erl"),
                         io_lib:format("-module(ccs_mod).~n-export([v/0]).~nv() -> ~p.~n", [V])).

main(_) ->
    D = "/tmp/erlts_conf_cod_c_shell",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    write(D, 1),
    p(c:c(filename:join(D, "ccs_mod"), [{outdir, D}])),
    p(ccs_mod:v()),
    write(D, 2),
    p(c:c(filename:join(D, "ccs_mod.erl"), [{outdir, D}])),
    p(ccs_mod:v()),
    write(D, 3),
    p(c:c(filename:join(D, "ccs_mod"), {outdir, D})),
    p(ccs_mod:v()),
    p(erlang:check_old_code(ccs_mod)),
    p(code:add_patha(D)),
    p(compile:file(filename:join(D, "ccs_mod"), [{outdir, D}])),
    p(c:l(ccs_mod)),
    p(c:l(ccs_mod)),
    p(ccs_mod:v()),
    p(code:purge(ccs_mod)),
    p(code:load_abs(filename:join(D, "ccs_mod"))),
    p(code:load_abs(filename:join(D, "nothere"))),
    p(code:del_path(D)),
    p(file:del_dir_r(D)).
