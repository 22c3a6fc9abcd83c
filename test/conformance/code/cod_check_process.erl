#!/usr/bin/env escript
-module(cod_check_process).
-export([main/1]).
-mode(compile).
%% Exercises: erlang:check_process_code/2,3 for processes suspended in old code in
%% different ways (receive with after, inside try and catch, deep in a recursion,
%% a process that only holds a fun of old code) and for dead ones

p(X) -> io:format("~p~n", [X]).

build(D, V) ->
    Src = filename:join(D, "ccp_mod.erl"),
    ok = file:write_file(Src, io_lib:format(
        "-module(ccp_mod).~n-export([after_wait/0, in_try/0, in_catch/0, deep/1, mk/0, hold/1, v/0]).~n"
        "v() -> ~p.~n"
        "after_wait() -> receive stop -> ok after 60000 -> timeout end.~n"
        "in_try() -> try receive stop -> ok end of ok -> done catch _:_ -> caught end.~n"
        "in_catch() -> catch receive stop -> ok end.~n"
        "deep(0) -> receive stop -> 0 end;~ndeep(N) -> 1 + deep(N - 1).~n"
        "mk() -> fun() -> v() end.~n"
        "hold(F) -> receive stop -> F() end.~n", [V])),
    {ok, ccp_mod} = compile:file(Src, [{outdir, D}]),
    code:load_file(ccp_mod).

main(_) ->
    D = "/tmp/erlts_conf_cod_check_process",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    true = code:add_patha(D),
    p(build(D, 1)),
    F = ccp_mod:mk(),
    Ps = [spawn(ccp_mod, after_wait, []), spawn(ccp_mod, in_try, []),
          spawn(ccp_mod, in_catch, []), spawn(ccp_mod, deep, [3000])],
    Holder = spawn(fun() -> receive stop -> F() end end),
    Dead = spawn(fun() -> ok end),
    timer:sleep(50),
    p([erlang:check_process_code(P, ccp_mod) || P <- Ps ++ [Holder, Dead]]),
    p(build(D, 2)),
    p([erlang:check_process_code(P, ccp_mod) || P <- Ps ++ [Holder, Dead]]),
    p([erlang:check_process_code(P, ccp_mod, []) || P <- Ps]),
    p([erlang:check_process_code(P, ccp_mod, [{allow_gc, false}]) || P <- Ps]),
    p([erlang:check_process_code(P, lists) || P <- Ps]),
    Holder ! stop,
    [begin P ! stop, ok end || P <- Ps],
    timer:sleep(50),
    p([is_process_alive(P) || P <- Ps ++ [Holder]]),
    p(code:soft_purge(ccp_mod)),
    true = code:del_path(D),
    p(file:del_dir_r(D)).
