#!/usr/bin/env escript
-module(cod_purge_kill).
-export([main/1]).
-mode(compile).
%% Exercises: processes in old code are killed by purge ('DOWN' killed), soft_purge refuses

p(X) -> io:format("~p~n", [X]).

build(D, V) ->
    Src = filename:join(D, "cpk_mod.erl"),
    ok = file:write_file(Src, io_lib:format(
        "-module(cpk_mod).~n-export([wait/0, deep/1, v/0]).~n"
        "v() -> ~p.~n"
        "wait() -> receive stop -> ok end.~n"
        "deep(0) -> wait(), 0;~ndeep(N) -> 1 + deep(N - 1).~n", [V])),
    {ok, cpk_mod} = compile:file(Src, [{outdir, D}]),
    code:load_file(cpk_mod).

main(_) ->
    D = "/tmp/erlts_conf_cod_purge_kill",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    true = code:add_patha(D),
    p(build(D, 1)),
    {A, RA} = spawn_monitor(cpk_mod, wait, []),
    {B, RB} = spawn_monitor(cpk_mod, deep, [5000]),
    C = spawn(fun() -> receive stop -> ok end end),
    timer:sleep(20),
    p([erlang:check_process_code(X, cpk_mod) || X <- [A, B, C, self()]]),
    p(build(D, 2)),
    p([erlang:check_process_code(X, cpk_mod) || X <- [A, B, C, self()]]),
    {A2, RA2} = spawn_monitor(cpk_mod, wait, []),
    timer:sleep(20),
    p(erlang:check_process_code(A2, cpk_mod)),
    p(code:soft_purge(cpk_mod)),
    p([is_process_alive(X) || X <- [A, B, C, A2]]),
    p(code:purge(cpk_mod)),
    p(receive {'DOWN', RA, process, A, Why} -> Why after 1000 -> timeout end),
    p(receive {'DOWN', RB, process, B, Why2} -> Why2 after 1000 -> timeout end),
    p([is_process_alive(X) || X <- [A, B, C, A2]]),
    p(erlang:check_old_code(cpk_mod)),
    p(build(D, 3)),
    p(erlang:check_process_code(A2, cpk_mod)),
    p(code:purge(cpk_mod)),
    p(receive {'DOWN', RA2, process, A2, Why3} -> Why3 after 1000 -> timeout end),
    C ! stop,
    p(code:purge(cpk_mod)),
    true = code:del_path(D),
    p(file:del_dir_r(D)).
