#!/usr/bin/env escript
-module(ge_sup_handler).
-behaviour(gen_event).
-export([main/1]).
-export([init/1, handle_event/2, handle_call/2, terminate/2]).
-mode(compile).
%% Exercises: add_sup_handler: {gen_event_EXIT, H, Reason} for crash, remove_handler, delete, stop

main(_) ->
    {ok, M} = gen_event:start(),
    ok = gen_event:add_sup_handler(M, {?MODULE, 1}, 1),
    io:format("linked ~p~n", [lists:member(M, element(2, process_info(self(), links)))]),
    ok = gen_event:sync_notify(M, {crash, 1}),
    show(),
    ok = gen_event:add_sup_handler(M, {?MODULE, 2}, 2),
    ok = gen_event:sync_notify(M, {remove, 2}),
    show(),
    ok = gen_event:add_sup_handler(M, {?MODULE, 3}, 3),
    io:format("~p~n", [gen_event:delete_handler(M, {?MODULE, 3}, del)]),
    show(),
    ok = gen_event:add_sup_handler(M, {?MODULE, 4}, 4),
    R = gen_event:call(M, {?MODULE, 4}, bad),
    timer:sleep(50),
    io:format("~p~n", [R]),
    show(),
    ok = gen_event:add_sup_handler(M, ?MODULE, 5),
    ok = gen_event:add_handler(M, {?MODULE, 6}, 6),
    ok = gen_event:stop(M),
    show(),
    io:format("links ~p~n", [process_info(self(), links)]),
    io:format("done~n").

show() ->
    timer:sleep(50),
    receive Msg -> io:format("got ~p~n", [Msg])
    after 100 -> io:format("no message~n")
    end.

init(S) -> {ok, S}.

handle_event({crash, S}, S) -> exit({crashed, S});
handle_event({remove, S}, S) -> remove_handler;
handle_event(_, S) -> {ok, S}.

handle_call(bad, S) -> {bad, S}.

terminate(Arg, S) ->
    io:format("terminate ~p ~p~n", [Arg, S]),
    {result, S}.
