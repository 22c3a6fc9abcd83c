#!/usr/bin/env escript
-module(cod_upgrade_loop).
-export([main/1]).
-mode(compile).
%% Exercises: a receive loop in old code stays there until it makes a fully-qualified
%% call (?MODULE:loop/1); soft_purge succeeds once it has moved

p(X) -> io:format("~p~n", [X]).

build(D, V) ->
    Src = filename:join(D, "cul_mod.erl"),
    ok = file:write_file(Src, io_lib:format(
        "-module(cul_mod).~n-export([loop/1]).~n"
        "loop(N) ->~n    receive~n"
        "        {ask, From} -> From ! {~p, N}, loop(N + 1);~n"
        "        switch -> ?MODULE:loop(N)~n    end.~n", [V])),
    {ok, cul_mod} = compile:file(Src, [{outdir, D}]),
    code:load_file(cul_mod).

ask(P) -> P ! {ask, self()}, receive R -> R end.

main(_) ->
    D = "/tmp/erlts_conf_cod_upgrade_loop",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    true = code:add_patha(D),
    p(build(D, v1)),
    P = spawn(cul_mod, loop, [0]),
    p(ask(P)),
    p(build(D, v2)),
    p(ask(P)),
    p(ask(P)),
    p(erlang:check_process_code(P, cul_mod)),
    p(code:soft_purge(cul_mod)),
    P ! switch,
    p(ask(P)),
    p(erlang:check_process_code(P, cul_mod)),
    p(code:soft_purge(cul_mod)),
    p(build(D, v3)),
    P ! switch,
    p(ask(P)),
    p(code:purge(cul_mod)),
    p(is_process_alive(P)),
    exit(P, kill),
    true = code:del_path(D),
    p(file:del_dir_r(D)).
