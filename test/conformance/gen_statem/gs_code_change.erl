#!/usr/bin/env escript
-module(gs_code_change).
-export([main/1]).
-export([init/1, callback_mode/0, handle_event/4, code_change/4]).
-mode(compile).
%% Exercises: sys:change_code/4 on a suspended machine calls code_change/4 with the old
%% version and extra; {ok, S, D} replaces the state; an error result is returned and
%% the state kept; a thrown result counts as returned

main(_) ->
    {ok, P} = gen_statem:start(?MODULE, [], []),
    gen_statem:cast(P, {set, 1}),
    ok = sys:suspend(P),
    io:format("~p~n", [sys:change_code(P, ?MODULE, "1.0", upgrade)]),
    ok = sys:resume(P),
    io:format("~p~n", [gen_statem:call(P, get)]),
    ok = sys:suspend(P),
    io:format("~p~n", [sys:change_code(P, ?MODULE, {down, "0.9"}, fail)]),
    io:format("~p~n", [sys:change_code(P, ?MODULE, "2.0", thrown)]),
    ok = sys:resume(P),
    io:format("~p~n", [gen_statem:call(P, get)]),
    gen_statem:stop(P).

init([]) -> {ok, v1, 0}.
callback_mode() -> handle_event_function.

handle_event(cast, {set, N}, _, _) -> {keep_state, N};
handle_event({call, From}, get, S, D) -> {keep_state_and_data, [{reply, From, {S, D}}]}.

code_change("1.0", v1, D, upgrade) -> {ok, v2, {upgraded, D}};
code_change(_, _, _, fail) -> {error, cannot};
code_change(Vsn, S, D, thrown) -> throw({ok, {S, Vsn}, D}).
