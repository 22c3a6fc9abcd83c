#!/usr/bin/env escript
-module(gs_state_timeout_enter).
-export([main/1]).
-export([init/1, callback_mode/0, green/3, yellow/3, red/3]).
-mode(compile).
%% Exercises: a traffic light driven by state timeouts set in state enter calls (it
%% stops at red: a long timeout); an event does not touch the state timeout;
%% repeat_state re-runs the enter call, which sets the state timeout again

main(_) ->
    {ok, P} = gen_statem:start(?MODULE, self(), []),
    collect(3),
    gen_statem:cast(P, poke),
    gen_statem:cast(P, repeat),
    collect(1),
    {status, _, _, [_, _, _, _, [_, {data, Status} | _]]} = sys:get_status(P),
    io:format("~p~n", [lists:keyfind("Time-outs", 1, Status)]),
    io:format("~p~n", [gen_statem:call(P, log)]),
    gen_statem:stop(P).

collect(0) -> ok;
collect(N) -> receive {entered, S, Old} -> io:format("~p (from ~p)~n", [S, Old]), collect(N - 1) end.

init(Parent) -> {ok, green, {Parent, []}}.
callback_mode() -> [state_functions, state_enter].

green(enter, Old, D) -> enter(green, Old, D, 20);
green(state_timeout, next, D) -> {next_state, yellow, D};
green(EventType, Event, D) -> common(EventType, Event, D).

yellow(enter, Old, D) -> enter(yellow, Old, D, 10);
yellow(state_timeout, next, D) -> {next_state, red, D};
yellow(EventType, Event, D) -> common(EventType, Event, D).

red(enter, Old, D) -> enter(red, Old, D, 5000);
red(cast, repeat, {Parent, L}) -> {repeat_state, {Parent, [repeat | L]}};
red(EventType, Event, D) -> common(EventType, Event, D).

enter(State, Old, {Parent, L}, Time) ->
    Parent ! {entered, State, Old},
    {keep_state, {Parent, [State | L]}, [{state_timeout, Time, next}]}.

common({call, From}, log, {_, L}) -> {keep_state_and_data, [{reply, From, lists:reverse(L)}]};
common(_, _, _) -> keep_state_and_data.
