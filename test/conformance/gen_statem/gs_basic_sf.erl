#!/usr/bin/env escript
-module(gs_basic_sf).
-export([main/1]).
-export([init/1, callback_mode/0, off/3, on/3]).
-mode(compile).
%% Exercises: state_functions mode: call, cast and info events, next_state with a reply
%% action, keep_state_and_data, {reply, From, R} actions, stop/1

main(_) ->
    {ok, P} = gen_statem:start(?MODULE, 0, []),
    io:format("state ~p~n", [gen_statem:call(P, get)]),
    ok = gen_statem:cast(P, flip),
    io:format("state ~p~n", [gen_statem:call(P, get)]),
    P ! flip,
    io:format("state ~p~n", [gen_statem:call(P, get)]),
    io:format("count ~p~n", [gen_statem:call(P, count)]),
    io:format("flip call ~p~n", [gen_statem:call(P, flip)]),
    io:format("state ~p~n", [gen_statem:call(P, get)]),
    io:format("cast to dead-ish ~p~n", [gen_statem:cast(list_to_pid("<0.9999.0>"), x)]),
    io:format("cast to bad name ~p~n", [gen_statem:cast(no_such_name, x)]),
    io:format("stop ~p~n", [gen_statem:stop(P)]),
    io:format("alive ~p~n", [is_process_alive(P)]).

init(N) -> {ok, off, N}.
callback_mode() -> state_functions.

off(cast, flip, N) -> {next_state, on, N + 1};
off(info, flip, N) -> {next_state, on, N + 1};
off({call, From}, flip, N) -> {next_state, on, N + 1, [{reply, From, {was, off}}]};
off(EventType, Event, N) -> common(EventType, Event, off, N).

on(cast, flip, N) -> {next_state, off, N + 1};
on(info, flip, N) -> {next_state, off, N + 1};
on({call, From}, flip, N) -> {next_state, off, N + 1, {reply, From, {was, on}}};
on(EventType, Event, N) -> common(EventType, Event, on, N).

common({call, From}, get, State, _N) -> {keep_state_and_data, [{reply, From, State}]};
common({call, From}, count, _State, N) -> {keep_state, N, [{reply, From, N}]}.
