#!/usr/bin/env escript
-module(gs_enter_next_event).
-export([main/1]).
-export([init/1, callback_mode/0, handle_event/4]).
-mode(compile).
%% Exercises: a state enter call may not insert events: next_event from an enter call
%% ends the machine with bad_state_enter_action_from_state_function (report, exit reason)

main(_) ->
    {ok, P} = gen_statem:start(?MODULE, [], []),
    Ref = monitor(process, P),
    gen_statem:cast(P, go),
    receive {'DOWN', Ref, process, P, Reason} -> timer:sleep(50), io:format("down ~p~n", [element(1, Reason)]) end.

init([]) -> {ok, idle, #{n => 1}}.
callback_mode() -> [handle_event_function, state_enter].

handle_event(enter, _Old, idle, _D) -> keep_state_and_data;
handle_event(cast, go, idle, D) -> {next_state, busy, D};
handle_event(enter, idle, busy, _D) -> {keep_state_and_data, [{next_event, internal, x}]}.
