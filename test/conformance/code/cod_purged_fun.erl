#!/usr/bin/env escript
-module(cod_purged_fun).
-export([main/1]).
-mode(compile).
%% Exercises: a process that only holds a fun of old code is not in old code: soft_purge
%% succeeds and purge kills nothing

p(X) -> io:format("~p~n", [X]).

build(D, V) ->
    Src = filename:join(D, "cpf_mod.erl"),
    ok = file:write_file(Src, io_lib:format(
        "-module(cpf_mod).~n-export([mk/0]).~n"
        "mk() -> fun(X) -> {~p, X} end.~n", [V])),
    {ok, cpf_mod} = compile:file(Src, [{outdir, D}]),
    code:load_file(cpf_mod).

main(_) ->
    D = "/tmp/erlts_conf_cod_purged_fun",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    true = code:add_patha(D),
    p(build(D, 1)),
    F = cpf_mod:mk(),
    Main = self(),
    H = spawn(fun() -> receive {go, X} -> Main ! {held, F(X)} end end),
    timer:sleep(20),
    p(F(a)),
    p(build(D, 2)),
    p(F(b)),
    p(erlang:check_process_code(H, cpf_mod)),
    p(code:soft_purge(cpf_mod)),
    p(is_process_alive(H)),
    p(code:purge(cpf_mod)),
    G = cpf_mod:mk(),
    p(G(c)),
    p(erlang:fun_info(G, module)),
    p(erlang:fun_info(G, arity)),
    p(is_process_alive(H)),
    exit(H, kill),
    true = code:del_path(D),
    p(file:del_dir_r(D)).
