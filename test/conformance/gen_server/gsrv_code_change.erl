#!/usr/bin/env escript
-module(gsrv_code_change).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2, code_change/3]).
-mode(compile).
%% Exercises: code_change/3 through sys:change_code/4 on suspended registered and
%% global servers: the {down, Vsn} form, Extra passed through, a module without
%% code_change/3 (the error is returned), a throw from code_change

init(S) -> {ok, S}.
handle_call(get, _From, S) -> {reply, S, S}.
handle_cast(_, S) -> {noreply, S}.
code_change({down, V}, S, Extra) -> {ok, {downgraded, V, Extra, S}};
code_change(V, S, throw) -> throw({ok, {thrown, V, S}});
code_change(V, S, Extra) -> {ok, {upgraded, V, Extra, S}}.

main(_) ->
    {ok, _} = gen_server:start({local, gsrv_cc}, ?MODULE, s0, []),
    change(gsrv_cc, "1", extra1),
    change(gsrv_cc, {down, "0"}, extra2),
    change(gsrv_cc, "2", throw),
    {ok, _} = gen_server:start({global, gsrv_cc_g}, ?MODULE, g0, []),
    change({global, gsrv_cc_g}, "3", x),
    ok.

change(Name, Vsn, Extra) ->
    ok = sys:suspend(Name),
    R = sys:change_code(Name, ?MODULE, Vsn, Extra),
    ok = sys:resume(Name),
    io:format("~p ~p~n", [R, gen_server:call(Name, get)]).
