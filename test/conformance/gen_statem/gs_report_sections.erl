#!/usr/bin/env escript
-module(gs_report_sections).
-export([main/1]).
-export([init/1, callback_mode/0, handle_event/4]).
-mode(compile).
%% Exercises: the optional parts of the terminating report: Queued (events inserted
%% after the failing one: postponed events come back after the inserted ones),
%% Postponed, Time-outs (running timers), state enter mode

main(_) ->
    {ok, P} = gen_statem:start(?MODULE, [], []),
    Ref = monitor(process, P),
    gen_statem:cast(P, first),
    gen_statem:cast(P, second),
    gen_statem:cast(P, go),
    receive {'DOWN', Ref, process, P, {Reason, _}} -> timer:sleep(50), io:format("down ~p~n", [Reason]) end.

init([]) -> {ok, waiting, #{}}.
callback_mode() -> [handle_event_function, state_enter].

handle_event(enter, _, _, _) -> keep_state_and_data;
handle_event(cast, go, waiting, D) ->
    {next_state, working, D,
     [{next_event, internal, step1}, {next_event, internal, step2},
      {{timeout, watchdog}, 10000, bark}, {state_timeout, 20000, slow}]};
handle_event(cast, _, waiting, _) -> {keep_state_and_data, [postpone]};
handle_event(internal, step1, working, _) -> {keep_state_and_data, [postpone]};
handle_event(internal, step2, working, _) -> error(failed_on_step2).
