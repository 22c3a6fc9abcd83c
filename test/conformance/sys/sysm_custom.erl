#!/usr/bin/env escript
-module(sysm_custom).
-export([main/1, init/1, system_continue/3, system_terminate/4, system_get_state/1,
         system_replace_state/2, system_code_change/4, write_debug/3]).
-mode(compile).
%% Exercises: a special process written with proc_lib and sys directly:
%% handle_system_msg/6, handle_debug/4 with its own format function, debug_options/1,
%% get_state/replace_state through the system_* callbacks, change_code, get_status
%% with a module lacking format_status/2, trace output

init(Parent) ->
    Debug = sys:debug_options([trace]),
    proc_lib:init_ack({ok, self()}),
    loop(Parent, Debug, 0).

loop(Parent, Debug, N) ->
    receive
        {system, From, Req} ->
            sys:handle_system_msg(Req, From, Parent, ?MODULE, Debug, N);
        {add, K} = Msg ->
            Debug1 = sys:handle_debug(Debug, fun ?MODULE:write_debug/3, ?MODULE, {in, Msg}),
            loop(Parent, Debug1, N + K)
    end.

write_debug(Dev, Event, Name) ->
    io:format(Dev, "~p event = ~p~n", [Name, Event]).

system_continue(Parent, Debug, N) -> loop(Parent, Debug, N).
system_terminate(Reason, _Parent, _Debug, N) -> io:format("bye ~p~n", [N]), exit(Reason).
system_get_state(N) -> {ok, {count, N}}.
system_replace_state(F, N) -> {count, N2} = F({count, N}), {ok, {count, N2}, N2}.
system_code_change(N, _Mod, _Old, Extra) -> {ok, N + Extra}.

main(_) ->
    {ok, P} = proc_lib:start_link(?MODULE, init, [self()]),
    P ! {add, 2},
    io:format("~p~n", [sys:get_state(P)]),
    io:format("~p~n", [sys:replace_state(P, fun({count, N}) -> {count, N * 10} end)]),
    ok = sys:trace(P, false),
    P ! {add, 1},
    io:format("~p~n", [sys:get_state(P)]),
    ok = sys:suspend(P),
    io:format("~p~n", [sys:change_code(P, ?MODULE, old, 100)]),
    ok = sys:resume(P),
    {status, _, {module, M}, [_, running, Parent, Debug, Misc]} = sys:get_status(P),
    io:format("~p ~p ~p ~p~n", [M, Parent =:= self(), Debug, Misc]),
    process_flag(trap_exit, true),
    ok = sys:terminate(P, normal),
    receive {'EXIT', P, R} -> io:format("exit ~p~n", [R]) end,
    ok.
