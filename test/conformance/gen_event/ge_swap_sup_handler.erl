#!/usr/bin/env escript
-module(ge_swap_sup_handler).
-behaviour(gen_event).
-export([main/1]).
-export([init/1, handle_event/2, handle_call/2, terminate/2]).
-mode(compile).
%% Exercises: swap_sup_handler/3 and swap_handler/3 of a supervised handler (supervision kept)

main(_) ->
    {ok, M} = gen_event:start(),
    ok = gen_event:add_handler(M, {?MODULE, a}, a),
    io:format("~p~n", [gen_event:swap_sup_handler(M, {{?MODULE, a}, x}, {{?MODULE, b}, b})]),
    show(),
    ok = gen_event:sync_notify(M, {crash, b}),
    show(),
    ok = gen_event:add_sup_handler(M, {?MODULE, c}, c),
    %% swap_handler keeps the old handler's supervisor
    io:format("~p~n", [gen_event:swap_handler(M, {{?MODULE, c}, y}, {{?MODULE, d}, d})]),
    show(),
    ok = gen_event:sync_notify(M, {crash, d}),
    show(),
    ok = gen_event:add_sup_handler(M, {?MODULE, e}, e),
    io:format("~p~n", [gen_event:swap_sup_handler(M, {{?MODULE, e}, z}, {{?MODULE, f}, f})]),
    show(),
    io:format("~p~n", [gen_event:delete_handler(M, {?MODULE, f}, del)]),
    show(),
    ok = gen_event:stop(M),
    io:format("done~n").

show() ->
    timer:sleep(50),
    receive Msg -> io:format("got ~p~n", [Msg])
    after 100 -> io:format("no message~n")
    end.

init({New, _Old}) -> {ok, New};
init(S) -> {ok, S}.

handle_event({crash, S}, S) -> exit(crashed);
handle_event(_, S) -> {ok, S}.

handle_call(_, S) -> {ok, ok, S}.

terminate(Arg, S) ->
    io:format("terminate ~p ~p~n", [Arg, S]),
    S.
