#!/usr/bin/env escript
-module(cod_local_remote).
-export([main/1]).
-mode(compile).
%% Exercises: after a reload, local calls stay in the caller's version while remote
%% calls, apply/3, spawn/3 and fun M:F/A reach the new one; a fun spawned from old
%% code runs old code

p(X) -> io:format("~p~n", [X]).

build(D, V) ->
    Src = filename:join(D, "clr_mod.erl"),
    ok = file:write_file(Src, io_lib:format(
        "-module(clr_mod).~n-export([v/0, server/0, mk/0]).~n"
        "v() -> ~p.~n"
        "server() -> receive {From, local} -> From ! v(), server();~n"
        "    {From, remote} -> From ! ?MODULE:v(), server();~n"
        "    {From, apply} -> From ! apply(?MODULE, v, []), server() end.~n"
        "mk() -> fun() -> receive {From, go} -> From ! {spawned, v()} end end.~n", [V])),
    {ok, clr_mod} = compile:file(Src, [{outdir, D}]),
    code:load_file(clr_mod).

ask(P, Q) -> P ! {self(), Q}, receive R -> R end.

main(_) ->
    D = "/tmp/erlts_conf_cod_local_remote",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    true = code:add_patha(D),
    p(build(D, old)),
    P = spawn(clr_mod, server, []),
    Mk = clr_mod:mk(),
    p([ask(P, Q) || Q <- [local, remote, apply]]),
    p(build(D, new)),
    p([ask(P, Q) || Q <- [local, remote, apply, local]]),
    S = spawn(Mk),
    S ! {self(), go},
    p(receive {spawned, _} = M -> M end),
    Fm = fun clr_mod:v/0,
    p({Fm(), apply(clr_mod, v, []), erlang:apply(fun clr_mod:v/0, [])}),
    P2 = spawn(clr_mod, server, []),
    p(ask(P2, local)),
    p([erlang:check_process_code(X, clr_mod) || X <- [P, P2]]),
    p(code:purge(clr_mod)),
    timer:sleep(20),
    p([is_process_alive(X) || X <- [P, P2]]),
    exit(P2, kill),
    true = code:del_path(D),
    p(file:del_dir_r(D)).
