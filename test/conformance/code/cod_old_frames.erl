#!/usr/bin/env escript
-module(cod_old_frames).
-export([main/1]).
-mode(compile).
%% Exercises: a process counts as running old code when any frame of its stack is old,
%% even below frames of the current version or of stdlib functions (lists:map/2 with a
%% fun that waits)

p(X) -> io:format("~p~n", [X]).

build(D, V) ->
    Src = filename:join(D, "cof2_mod.erl"),
    ok = file:write_file(Src, io_lib:format(
        "-module(cof2_mod).~n-export([outer/0, inner/0, mapper/0, v/0]).~n"
        "v() -> ~p.~n"
        "outer() -> receive go -> ok end, {outer, ?MODULE:inner()}.~n"
        "inner() -> receive stop -> v() end.~n"
        "mapper() -> lists:map(fun(X) -> receive stop -> X end end, [1]).~n", [V])),
    {ok, cof2_mod} = compile:file(Src, [{outdir, D}]),
    code:load_file(cof2_mod).

main(_) ->
    D = "/tmp/erlts_conf_cod_old_frames",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    true = code:add_patha(D),
    p(build(D, 1)),
    {A, RA} = spawn_monitor(cof2_mod, outer, []),
    {M, RM} = spawn_monitor(cof2_mod, mapper, []),
    timer:sleep(20),
    p(build(D, 2)),
    A ! go,
    {B, RB} = spawn_monitor(cof2_mod, outer, []),
    B ! go,
    timer:sleep(20),
    p([erlang:check_process_code(P, cof2_mod) || P <- [A, M, B]]),
    p([erlang:check_process_code(P, lists) || P <- [A, M, B]]),
    p(code:soft_purge(cof2_mod)),
    p(code:purge(cof2_mod)),
    p(receive {'DOWN', RA, process, A, W1} -> W1 after 1000 -> timeout end),
    p(receive {'DOWN', RM, process, M, W2} -> W2 after 1000 -> timeout end),
    B ! stop,
    p(receive {'DOWN', RB, process, B, W3} -> W3 after 1000 -> timeout end),
    true = code:del_path(D),
    p(file:del_dir_r(D)).
