#!/usr/bin/env escript
-module(sysm_install).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2]).
-mode(compile).
%% Exercises: sys:install/2,3 and remove/2,3: a debug function sees every event with
%% its own state, removes itself by returning done, one that crashes is dropped,
%% installing with an id, removing by fun and by id

init(S) -> {ok, S}.
handle_call(get, _From, S) -> {reply, S, S}.
handle_cast(N, _) -> {noreply, N}.

main(_) ->
    {ok, P} = gen_server:start(?MODULE, 0, []),
    Self = self(),
    Counter = fun(N, Event, _ProcState) -> Self ! {event, N, Event}, N + 1 end,
    io:format("~p~n", [sys:install(P, {Counter, 1})]),
    gen_server:cast(P, 10),
    _ = gen_server:call(P, get),
    flush(),
    io:format("~p~n", [sys:remove(P, Counter)]),
    gen_server:cast(P, 11),
    _ = gen_server:call(P, get),
    flush(),
    Once = fun(_, Event, _) -> Self ! {once, Event}, done end,
    ok = sys:install(P, {my_id, Once, x}, 1000),
    gen_server:cast(P, 12),
    gen_server:cast(P, 13),
    _ = gen_server:call(P, get),
    flush(),
    Bad = fun(_, _, _) -> error(bad) end,
    ok = sys:install(P, {Bad, y}),
    gen_server:cast(P, 14),
    {status, _, _, [_, _, _, Debug, _]} = sys:get_status(P),
    io:format("debug ~p~n", [Debug]),
    ok = sys:install(P, {other_id, Counter, 100}),
    io:format("~p~n", [sys:remove(P, other_id, 1000)]),
    gen_server:cast(P, 15),
    _ = gen_server:call(P, get),
    flush(),
    ok.

flush() ->
    receive M -> io:format("~p~n", [M]), flush() after 20 -> ok end.
