#!/usr/bin/env escript
-module(cod_hot_swap).
-export([main/1]).
-mode(compile).
%% Exercises: the hot-swap acceptance test: a server looping on receive is upgraded twice
%% while it receives 100,000 messages; no message lost, state carried through by an
%% upgrade message, processes left in old code are killed by the purges

p(X) -> io:format("~p~n", [X]).

-define(N, 100000).

common() ->
    "-module(hsw_srv).\n-export([loop/1, upgrade/1, linger/1, vsn/0]).\n"
    "linger(From) -> From ! lingering, receive stop -> ok end.\n"
    "loop(S) ->\n"
    "    receive\n"
    "        {msg, N} -> loop(add(S, N));\n"
    "        {upgrade, From} -> ?MODULE:upgrade({From, S});\n"
    "        {get, From} -> From ! {state, vsn(), S}, loop(S)\n"
    "    end.\n".

version(1) ->
    "vsn() -> 1.\nadd({C, S}, N) -> {C + 1, S + N}.\nupgrade({_, S}) -> loop(S).\n";
version(2) ->
    "vsn() -> 2.\nadd({v2, C, S}, N) -> {v2, C + 1, S + N}.\n"
    "upgrade({From, {C, S}}) -> From ! {upgraded, vsn(), C > 0}, loop({v2, C, S}).\n";
version(3) ->
    "vsn() -> 3.\nadd(#{count := C, sum := S} = M, N) -> M#{count := C + 1, sum := S + N}.\n"
    "upgrade({From, {v2, C, S}}) -> From ! {upgraded, vsn(), C > 0},\n"
    "    loop(#{count => C, sum => S, vsn => 3}).\n".

build(D, V) ->
    Src = filename:join(D, "hsw_srv.erl"),
    ok = file:write_file(Src, [common(), version(V)]),
    {ok, hsw_srv} = compile:file(Src, [{outdir, D}, report]),
    code:load_file(hsw_srv).

sender(_Srv, Main, From, To) when From > To -> Main ! {sent, To};
sender(Srv, Main, From, To) -> Srv ! {msg, From}, sender(Srv, Main, From + 1, To).

main(_) ->
    D = "/tmp/erlts_conf_cod_hot_swap",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    true = code:add_patha(D),
    Main = self(),
    p(build(D, 1)),
    {Srv, SrvRef} = spawn_monitor(hsw_srv, loop, [{0, 0}]),
    {L1, R1} = spawn_monitor(hsw_srv, linger, [self()]),
    receive lingering -> ok end,
    Sender = spawn(fun() ->
                           sender(Srv, Main, 1, ?N div 3),
                           receive go -> ok end,
                           sender(Srv, Main, ?N div 3 + 1, 2 * ?N div 3),
                           receive go -> ok end,
                           sender(Srv, Main, 2 * ?N div 3 + 1, ?N),
                           Srv ! {get, Main}
                   end),
    p(receive {sent, X1} -> X1 end),
    p(build(D, 2)),
    Srv ! {upgrade, self()},
    Sender ! go,
    p(receive {upgraded, _, _} = U1 -> U1 end),
    {L2, R2} = spawn_monitor(hsw_srv, linger, [self()]),
    receive lingering -> ok end,
    p(receive {sent, X2} -> X2 end),
    p(code:soft_purge(hsw_srv)),
    p(code:purge(hsw_srv)),
    p(receive {'DOWN', R1, process, L1, Why1} -> Why1 end),
    p(build(D, 3)),
    Srv ! {upgrade, self()},
    Sender ! go,
    p(receive {upgraded, _, _} = U2 -> U2 end),
    p([erlang:check_process_code(P, hsw_srv) || P <- [Srv, L2]]),
    p(code:purge(hsw_srv)),
    p(receive {'DOWN', R2, process, L2, Why2} -> Why2 end),
    p(receive {state, V, S} -> {V, S} end),
    p(S =:= #{count => ?N, sum => ?N * (?N + 1) div 2, vsn => 3}),
    p(is_process_alive(Srv)),
    exit(Srv, kill),
    p(receive {'DOWN', SrvRef, process, Srv, Why3} -> Why3 end),
    true = code:del_path(D),
    p(file:del_dir_r(D)).
