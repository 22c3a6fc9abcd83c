#!/usr/bin/env escript
-module(cod_load_module).
-export([main/1]).
-mode(compile).
%% Exercises: erlang:load_module/2 with object code from compile:file(binary), its
%% not_purged, a process spawned from a fun of old code runs (and dies with) old code

p(X) -> io:format("~p~n", [X]).

bin(D, V) ->
    Src = filename:join(D, "clm_mod.erl"),
    ok = file:write_file(Src, io_lib:format(
        "-module(clm_mod).~n-export([v/0, waiter/0]).~n"
        "v() -> ~p.~n"
        "waiter() -> fun() -> receive {From, v} -> From ! v() end end.~n", [V])),
    {ok, clm_mod, Bin} = compile:file(Src, [binary]),
    Bin.

main(_) ->
    D = "/tmp/erlts_conf_cod_load_module",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    B1 = bin(D, 1),
    B2 = bin(D, 2),
    p(erlang:load_module(clm_mod, B1)),
    W = clm_mod:waiter(),
    p(erlang:load_module(clm_mod, B2)),
    p(erlang:load_module(clm_mod, B2)),
    p(clm_mod:v()),
    {P, R} = spawn_monitor(W),
    timer:sleep(20),
    p(erlang:check_process_code(P, clm_mod)),
    P2 = spawn(clm_mod:waiter()),
    timer:sleep(20),
    p(erlang:check_process_code(P2, clm_mod)),
    P2 ! {self(), v},
    p(receive V -> V end),
    p(code:purge(clm_mod)),
    p(receive {'DOWN', R, process, P, Why} -> Why after 1000 -> timeout end),
    p(erlang:load_module(clm_mod, B1)),
    p(clm_mod:v()),
    p(code:purge(clm_mod)),
    p(file:del_dir_r(D)).
