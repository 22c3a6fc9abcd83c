#!/usr/bin/env escript
%% kv_demo: runs the supervised key-value service (kv_sup, kv_store) and crashes
%% its store to show the supervisor restarting it.
-module(kv_demo).
-export([main/1]).
-mode(compile).

main(_) ->
    {ok, Sup} = kv_sup:start_link(),
    unlink(Sup),
    io:format("children: ~p~n", [supervisor:which_children(kv_sup)]),

    ok = kv_store:put(apple, 3),
    ok = kv_store:put(pear, 5),
    ok = kv_store:put(plum, 7),
    ok = kv_store:delete(pear),
    io:format("keys: ~p~n", [kv_store:keys()]),
    io:format("apple: ~p, pear: ~p~n", [kv_store:get(apple), kv_store:get(pear)]),

    %% Crash the store and wait until it is gone; the reports are printed by the
    %% logger, so give it a moment before printing more.
    Old = whereis(kv_store),
    Ref = monitor(process, Old),
    kv_store:crash(),
    receive {'DOWN', Ref, process, Old, Why} -> ok end,
    timer:sleep(100),
    io:format("store ~p died: ~p~n", [Old, element(1, Why)]),

    New = whereis(kv_store),
    io:format("new store ~p, restarted: ~p~n", [New, is_pid(New) andalso New =/= Old]),
    io:format("keys after the restart: ~p~n", [kv_store:keys()]),
    ok = kv_store:put(apple, 4),
    io:format("apple: ~p~n", [kv_store:get(apple)]),
    io:format("counts: ~p~n", [supervisor:count_children(kv_sup)]),

    %% Stop the service: the supervisor terminates the store first.
    SupRef = monitor(process, Sup),
    exit(Sup, shutdown),
    receive {'DOWN', SupRef, process, Sup, R} -> io:format("supervisor stopped: ~p~n", [R]) end,
    io:format("store still there: ~p~n", [whereis(kv_store) =/= undefined]).
