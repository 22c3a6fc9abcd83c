#!/usr/bin/env escript
-module(gs_enter_postpone).
-export([main/1]).
-export([init/1, callback_mode/0, handle_event/4]).
-mode(compile).
%% Exercises: postpone from a state enter call is a bad action ({postpone, false} is
%% allowed); the report shows the new state

main(_) ->
    {ok, P} = gen_statem:start(?MODULE, [], []),
    Ref = monitor(process, P),
    io:format("~p~n", [gen_statem:call(P, hello)]),
    gen_statem:cast(P, go),
    receive {'DOWN', Ref, process, P, Reason} -> timer:sleep(50), io:format("down ~p~n", [element(1, Reason)]) end.

init([]) -> {ok, s0, data}.
callback_mode() -> [handle_event_function, state_enter].

handle_event(enter, _, s0, _) -> {keep_state_and_data, [{postpone, false}]};
handle_event({call, From}, hello, s0, _) -> {keep_state_and_data, [{reply, From, hi}]};
handle_event(cast, go, s0, D) -> {next_state, s1, {new, D}};
handle_event(enter, _, s1, _) -> {keep_state_and_data, [postpone]}.
