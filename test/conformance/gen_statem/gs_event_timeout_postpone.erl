#!/usr/bin/env escript
-module(gs_event_timeout_postpone).
-export([main/1]).
-export([init/1, callback_mode/0, handle_event/4]).
-mode(compile).
%% Exercises: an event timeout set on a state change is cancelled at once when
%% postponed events are retried; set by the last retried event it runs; an event
%% timeout with an event already queued never fires

main(_) ->
    {ok, P} = gen_statem:start(?MODULE, self(), []),
    gen_statem:cast(P, held),
    gen_statem:cast(P, {open, 20}),
    wait(),
    ok = sys:suspend(P),
    gen_statem:cast(P, {arm, 10}),
    gen_statem:cast(P, queued),
    ok = sys:resume(P),
    wait(),
    io:format("~p~n", [lists:reverse(gen_statem:call(P, log))]),
    gen_statem:stop(P).

wait() ->
    receive {fired, C} -> io:format("fired ~p~n", [C]) after 100 -> io:format("no timeout~n") end.

init(Parent) -> {ok, closed, {Parent, []}}.
callback_mode() -> handle_event_function.

handle_event(cast, held, closed, _) -> {keep_state_and_data, [postpone]};
handle_event(cast, {open, T}, closed, D) -> {next_state, open, D, [{timeout, T, from_open}]};
handle_event(cast, held, open, {Parent, L}) -> {keep_state, {Parent, [held | L]}, [{timeout, 30, from_held}]};
handle_event(cast, {arm, T}, _, _) -> {keep_state_and_data, [{timeout, T, armed}]};
handle_event(cast, queued, _, {Parent, L}) -> {keep_state, {Parent, [queued | L]}};
handle_event(timeout, C, _, {Parent, _}) -> Parent ! {fired, C}, keep_state_and_data;
handle_event({call, From}, log, _, {_, L}) -> {keep_state_and_data, [{reply, From, L}]}.
