#!/usr/bin/env escript
-module(gsrv_cast_info).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2, handle_info/2, handle_continue/2]).
-mode(compile).
%% Exercises: handle_cast/2 and handle_info/2 return shapes: {noreply, S, Timeout},
%% {noreply, S, hibernate}, {noreply, S, {continue, C}}, throw of a noreply; casts to
%% every kind of destination (dead pid, unknown names) return ok

init(S) -> {ok, S}.
handle_call(get, _From, S) -> {reply, lists:reverse(S), S}.
handle_cast(timeout, S) -> {noreply, [cast_timeout | S], 10};
handle_cast(hib, S) -> {noreply, [cast_hib | S], hibernate};
handle_cast(cont, S) -> {noreply, S, {continue, from_cast}};
handle_cast(thrown, S) -> throw({noreply, [cast_thrown | S]}).
handle_info(timeout, S) -> {noreply, [timeout | S]};
handle_info(cont, S) -> {noreply, S, {continue, from_info}};
handle_info(zero, S) -> {noreply, [zero | S], 0};
handle_info(Other, S) -> {noreply, [{info, Other} | S]}.
handle_continue(C, S) -> {noreply, [C | S]}.

main(_) ->
    {ok, P} = gen_server:start(?MODULE, [], []),
    gen_server:cast(P, timeout),
    timer:sleep(40),
    gen_server:cast(P, hib),
    gen_server:cast(P, cont),
    gen_server:cast(P, thrown),
    P ! cont,
    P ! zero,
    timer:sleep(20),
    P ! last,
    io:format("~p~n", [gen_server:call(P, get)]),
    Dead = spawn(fun() -> ok end),
    timer:sleep(10),
    io:format("~p~n", [[gen_server:cast(D, x) || D <- [Dead, gsrv_cast_info_none,
                                                         {gsrv_cast_info_none, node()},
                                                         {global, none},
                                                         {via, global, none},
                                                         {gsrv_cast_info_none, nonode@elsewhere}]]]),
    ok.
