#!/usr/bin/env escript
-module(ge_terminate_crash).
-behaviour(gen_event).
-export([main/1]).
-export([init/1, handle_event/2, handle_call/2, terminate/2]).
-mode(compile).
%% Exercises: terminate/2 crashing while a crashed handler is removed, on remove_handler and on swap

main(_) ->
    {ok, M} = gen_event:start(),
    ok = gen_event:add_sup_handler(M, {?MODULE, 1}, crash_twice),
    ok = gen_event:sync_notify(M, crash),
    show(),
    ok = gen_event:add_sup_handler(M, {?MODULE, 2}, remove),
    ok = gen_event:sync_notify(M, remove),
    show(),
    ok = gen_event:add_handler(M, {?MODULE, 3}, swap),
    io:format("~p~n", [gen_event:swap_handler(M, {{?MODULE, 3}, x}, {{?MODULE, 4}, y})]),
    io:format("~p~n", [gen_event:call(M, {?MODULE, 4}, state)]),
    io:format("~p~n", [gen_event:which_handlers(M)]),
    ok = gen_event:stop(M),
    io:format("done~n").

show() ->
    timer:sleep(50),
    receive Msg -> io:format("got ~p~n", [Msg])
    after 0 -> io:format("no message~n")
    end.

init({y, Old}) -> {ok, {new, Old}};
init(S) -> {ok, S}.

handle_event(crash, crash_twice) -> exit(first);
handle_event(remove, remove) -> remove_handler;
handle_event(_, S) -> {ok, S}.

handle_call(state, S) -> {ok, S, S}.

terminate(_, crash_twice) -> exit(second);
terminate(_, remove) -> throw(thrown);
terminate(_, swap) -> exit(in_swap);
terminate(Arg, S) -> io:format("terminate ~p ~p~n", [Arg, S]).
