#!/usr/bin/env escript
-module(ge_notify_names).
-behaviour(gen_event).
-export([main/1]).
-export([init/1, handle_event/2, handle_call/2]).
-mode(compile).
%% Exercises: notify to pids, local names, {Name, Node}, global and via; dead or missing targets

main(_) ->
    {ok, M} = gen_event:start({local, ge_notify_names_mgr}),
    ok = gen_event:add_handler(ge_notify_names_mgr, ?MODULE, []),
    io:format("~p~n", [gen_event:notify(ge_notify_names_mgr, one)]),
    io:format("~p~n", [gen_event:notify(M, two)]),
    io:format("~p~n", [gen_event:notify({ge_notify_names_mgr, node()}, three)]),
    io:format("~p~n", [gen_event:sync_notify({ge_notify_names_mgr, node()}, four)]),
    io:format("~p~n", [gen_event:call(ge_notify_names_mgr, ?MODULE, events)]),
    io:format("~p~n", [e(catch gen_event:notify(ge_notify_names_nobody, x))]),
    io:format("~p~n", [gen_event:notify({global, ge_notify_names_nobody}, x)]),
    io:format("~p~n", [gen_event:notify({via, global, ge_notify_names_nobody}, x)]),
    ok = gen_event:stop(ge_notify_names_mgr),
    io:format("~p~n", [gen_event:notify(M, after_stop)]),
    io:format("~p~n", [whereis(ge_notify_names_mgr)]),
    io:format("done~n").

init(S) -> {ok, S}.

handle_event(E, S) -> {ok, [E | S]}.

handle_call(events, S) -> {ok, lists:reverse(S), S}.

%% the error and the function it was raised in, without the (file, line) locations
e({'EXIT', {R, [{M, F, A, _} | _]}}) -> {R, {M, F, A}};
e(Other) -> Other.
