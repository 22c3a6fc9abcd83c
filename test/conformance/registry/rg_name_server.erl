#!/usr/bin/env escript
-module(rg_name_server).
-export([main/1]).
-mode(compile).
%% Exercises: a registered key/value server using its own process dictionary, called by name

start() ->
    Me = self(),
    P = spawn(fun() -> register(rg_ns_kv, self()), Me ! started, loop() end),
    receive started -> P end.

loop() ->
    receive
        {From, Ref, {store, K, V}} -> From ! {Ref, put(K, V)}, loop();
        {From, Ref, {lookup, K}} -> From ! {Ref, get(K)}, loop();
        {From, Ref, {delete, K}} -> From ! {Ref, erase(K)}, loop();
        {From, Ref, keys} -> From ! {Ref, lists:sort(get_keys())}, loop();
        {From, Ref, stop} -> From ! {Ref, stopped}
    end.

call(Req) ->
    Ref = make_ref(),
    rg_ns_kv ! {self(), Ref, Req},
    receive {Ref, R} -> R end.

main(_) ->
    P = start(),
    io:format("registered ~p~n", [whereis(rg_ns_kv) =:= P]),
    io:format("~p~n", [call({store, apple, 3})]),
    io:format("~p~n", [call({store, pear, 5})]),
    io:format("~p~n", [call({store, apple, 4})]),
    io:format("~p~n", [call({lookup, apple})]),
    io:format("~p~n", [call({lookup, plum})]),
    io:format("~p~n", [call(keys)]),
    io:format("~p~n", [call({delete, pear})]),
    io:format("~p~n", [call(keys)]),
    {dictionary, D} = process_info(whereis(rg_ns_kv), dictionary),
    io:format("server dict ~p~n", [lists:sort(D)]),
    io:format("our dict ~p~n", [get()]),
    Ref = monitor(process, rg_ns_kv),
    io:format("~p~n", [call(stop)]),
    receive {'DOWN', Ref, process, Obj, normal} -> io:format("down ~p~n", [Obj]) end,
    io:format("~p~n", [whereis(rg_ns_kv)]).
