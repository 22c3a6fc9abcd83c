#!/usr/bin/env escript
-module(gsrv_enter_loop).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2, handle_info/2, handle_continue/2]).
-mode(compile).
%% Exercises: gen_server:enter_loop/3,4,5 from a proc_lib process: with a name, a
%% timeout, a continue; the errors when the name is not the process's own or the
%% process was not started by proc_lib

init(_) -> {ok, unused}.
handle_call(get, _From, S) -> {reply, S, S}.
handle_cast(_, S) -> {noreply, S}.
handle_info(timeout, S) -> {noreply, {timed_out, S}}.
handle_continue(c, S) -> {noreply, {continued, S}}.

main(_) ->
    [begin
         P = proc_lib:spawn(fun() -> start_wrap(H) end),
         timer:sleep(30),
         io:format("~p: ~p~n", [H, gen_server:call(P, get)])
     end || H <- [plain, named, timeout, cont]],
    io:format("~p~n", [gen_server:call(gsrv_el, get)]),
    P2 = proc_lib:spawn(fun() -> start_wrap(wrong_name) end),
    M2 = monitor(process, P2),
    receive {'DOWN', M2, _, _, R2} -> timer:sleep(50), io:format("~p~n", [R2]) end,
    {P3, M3} = spawn_monitor(fun() -> gen_server:enter_loop(?MODULE, [], x) end),
    receive {'DOWN', M3, _, P3, R3} -> timer:sleep(50), io:format("~p~n", [R3]) end,
    ok.

start_wrap(How) ->
    case How of
        plain -> gen_server:enter_loop(?MODULE, [], plain);
        named -> register(gsrv_el, self()), gen_server:enter_loop(?MODULE, [], named, {local, gsrv_el});
        timeout -> gen_server:enter_loop(?MODULE, [], timeout, 10);
        cont -> gen_server:enter_loop(?MODULE, [], cont, self(), {continue, c});
        wrong_name -> gen_server:enter_loop(?MODULE, [], x, {local, gsrv_el_other})
    end.
