#!/usr/bin/env escript
-module(gs_timeout_zero).
-export([main/1]).
-export([init/1, callback_mode/0, handle_event/4]).
-mode(compile).
%% Exercises: zero-time timeouts fire after inserted events but before any message
%% already in the mailbox; an event timeout of 0 is cancelled by a queued event;
%% the last of several actions of one timeout type wins

main(_) ->
    {ok, P} = gen_statem:start(?MODULE, [], []),
    ok = sys:suspend(P),
    gen_statem:cast(P, go),
    gen_statem:cast(P, queued),
    ok = sys:resume(P),
    io:format("~p~n", [lists:reverse(gen_statem:call(P, log))]),
    gen_statem:cast(P, last_wins),
    io:format("~p~n", [lists:reverse(gen_statem:call(P, log))]),
    gen_statem:stop(P).

init([]) -> {ok, s, []}.
callback_mode() -> handle_event_function.

handle_event(cast, go, _, L) ->
    {keep_state, [go | L],
     [{state_timeout, 0, st0}, {{timeout, g}, 0, g0}, {next_event, internal, i0}]};
handle_event(cast, last_wins, _, _) ->
    {keep_state, [], [{{timeout, x}, 0, first}, {{timeout, x}, 0, second},
                      {state_timeout, 0, one}, {state_timeout, infinity, two},
                      {timeout, 0, ev0}]};
handle_event({call, From}, log, _, L) -> {keep_state_and_data, [{reply, From, L}]};
handle_event(Type, Content, _, L) -> {keep_state, [{Type, Content} | L]}.
