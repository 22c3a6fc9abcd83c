#!/usr/bin/env escript
-module(gs_state_timeout).
-export([main/1]).
-export([init/1, callback_mode/0, handle_event/4]).
-mode(compile).
%% Exercises: the state timeout: survives events in the same state, is cancelled by a
%% state change, restarted by a new state_timeout action, cancelled by {state_timeout, cancel}

main(_) ->
    {ok, P} = gen_statem:start(?MODULE, self(), []),
    gen_statem:cast(P, {arm, 30}),
    timer:sleep(5),
    gen_statem:cast(P, poke),
    receive {fired, S, C} -> io:format("fired in ~p: ~p~n", [S, C]) end,
    gen_statem:cast(P, {arm, 30}),
    gen_statem:cast(P, {goto, other}),
    receive {fired, S2, C2} -> io:format("fired in ~p: ~p~n", [S2, C2]) after 80 -> io:format("cancelled by state change~n") end,
    gen_statem:cast(P, {arm, 30}),
    gen_statem:cast(P, {arm, 10}),
    receive {fired, S3, C3} -> io:format("fired in ~p: ~p~n", [S3, C3]) end,
    gen_statem:cast(P, {arm, 20}),
    gen_statem:cast(P, cancel),
    receive {fired, S4, C4} -> io:format("fired in ~p: ~p~n", [S4, C4]) after 60 -> io:format("cancelled~n") end,
    gen_statem:cast(P, {arm_and_go, 20}),
    receive {fired, S5, C5} -> io:format("fired in ~p: ~p~n", [S5, C5]) end,
    gen_statem:stop(P).

init(Parent) -> {ok, idle, Parent}.
callback_mode() -> handle_event_function.

handle_event(cast, {arm, T}, _, _) -> {keep_state_and_data, [{state_timeout, T, {armed, T}}]};
handle_event(cast, poke, _, _) -> keep_state_and_data;
handle_event(cast, {goto, S}, _, D) -> {next_state, S, D};
handle_event(cast, cancel, _, _) -> {keep_state_and_data, [{state_timeout, cancel}]};
handle_event(cast, {arm_and_go, T}, _, D) -> {next_state, moved, D, [{state_timeout, T, new_state}]};
handle_event(state_timeout, Content, S, Parent) when is_pid(Parent) ->
    Parent ! {fired, S, Content}, keep_state_and_data;
handle_event(state_timeout, _, _, _) -> keep_state_and_data.
