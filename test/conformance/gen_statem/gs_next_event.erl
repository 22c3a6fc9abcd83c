#!/usr/bin/env escript
-module(gs_next_event).
-export([main/1]).
-export([init/1, callback_mode/0, handle_event/4]).
-mode(compile).
%% Exercises: next_event actions of every event type run before queued messages, in
%% the order given; inserted events combined with postpone and a state change

main(_) ->
    {ok, P} = gen_statem:start(?MODULE, [], []),
    gen_statem:cast(P, start),
    gen_statem:cast(P, later),
    io:format("~p~n", [lists:reverse(gen_statem:call(P, log))]),
    gen_statem:stop(P).

init([]) -> {ok, s1, []}.
callback_mode() -> handle_event_function.

handle_event(cast, start, s1, L) ->
    {keep_state, [start | L],
     [{next_event, internal, i1}, {next_event, cast, c1}, {next_event, info, m1},
      {next_event, timeout, t1}, {next_event, state_timeout, st1},
      {next_event, {timeout, gen}, g1}]};
handle_event(internal, i1, s1, L) -> {keep_state, [i1 | L], [postpone]};
handle_event(timeout, t1, s1, L) -> {next_state, s2, [t1 | L], {next_event, internal, i2}};
handle_event({call, From}, log, _, L) -> {keep_state_and_data, [{reply, From, L}]};
handle_event(Type, Content, State, L) -> {keep_state, [{State, Type, Content} | L]}.
