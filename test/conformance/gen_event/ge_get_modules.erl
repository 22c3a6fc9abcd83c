#!/usr/bin/env escript
-module(ge_get_modules).
-behaviour(gen_event).
-export([main/1]).
-export([init/1, handle_event/2, handle_call/2]).
-mode(compile).
%% Exercises: the manager's protocol seen raw: get_modules, which_handlers, sync_notify replies; unknown calls go to handle_info

main(_) ->
    {ok, M} = gen_event:start(),
    ok = gen_event:add_handler(M, {?MODULE, 1}, 1),
    ok = gen_event:add_handler(M, {?MODULE, 2}, 2),
    io:format("~p~n", [raw(M, get_modules)]),
    io:format("~p~n", [raw(M, which_handlers)]),
    io:format("~p~n", [raw(M, {sync_notify, hello})]),
    io:format("~p~n", [raw(M, {call, {?MODULE, 2}, get})]),
    M ! {notify, raw_event},
    io:format("~p~n", [raw(M, {call, {?MODULE, 1}, get})]),
    M ! {self(), not_a_tag, unknown_request},
    timer:sleep(50),
    io:format("~p~n", [raw(M, {call, {?MODULE, 1}, get})]),
    ok = gen_event:stop(M),
    io:format("done~n").

raw(M, Req) ->
    Ref = make_ref(),
    M ! {self(), {self(), Ref}, Req},
    receive {Ref, Reply} -> Reply after 1000 -> no_reply end.

init(S) -> {ok, {S, []}}.

handle_event(E, {S, Es}) -> {ok, {S, [E | Es]}}.

handle_call(get, St) -> {ok, St, St}.
