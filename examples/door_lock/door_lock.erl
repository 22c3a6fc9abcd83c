#!/usr/bin/env escript
%% A door lock as a gen_statem (state_functions with state enter calls).
%%
%% The door is `locked` until the right code is entered one digit at a time; it then
%% turns `open` for a while (a state timeout) and locks itself again. A wrong digit
%% clears what was typed so far; typing too slowly does too (an event timeout). Run:
%%
%%     node dist/bin/erlts.js run examples/door_lock/door_lock.erl
-module(door_lock).
-behaviour(gen_statem).
-export([main/1]).
-export([start_link/1, button/1, status/0, stop/0]).
-export([init/1, callback_mode/0, locked/3, open/3, terminate/3]).
-mode(compile).

-define(NAME, door_lock).
-define(OPEN_TIME, 50).      % ms the door stays open
-define(TYPING_TIME, 30).    % ms allowed between two digits

%% The demo: a wrong code, a slow typist, the right code, then wait for the lock.
main(_) ->
    {ok, _} = start_link([1, 2, 3]),
    show(status()),
    press([1, 2, 9]),
    show(status()),
    press([1, 2]),
    timer:sleep(2 * ?TYPING_TIME),
    press([3]),
    show(status()),
    press([1, 2, 3]),
    show(status()),
    show(button(7)),
    timer:sleep(2 * ?OPEN_TIME),
    show(status()),
    ok = stop(),
    io:format("done~n").

press(Digits) ->
    [io:format("button ~p: ~p~n", [D, button(D)]) || D <- Digits],
    ok.

show(X) -> io:format("~p~n", [X]).

%% API

start_link(Code) ->
    gen_statem:start_link({local, ?NAME}, ?MODULE, Code, []).

button(Digit) ->
    gen_statem:call(?NAME, {button, Digit}).

status() ->
    gen_statem:call(?NAME, status).

stop() ->
    gen_statem:stop(?NAME).

%% Callbacks

init(Code) ->
    {ok, locked, #{code => Code, typed => []}}.

callback_mode() ->
    [state_functions, state_enter].

locked(enter, _OldState, Data) ->
    io:format("*** locked~n"),
    {keep_state, Data#{typed := []}};
locked(timeout, typing, Data) ->
    io:format("*** too slow, start again~n"),
    {keep_state, Data#{typed := []}};
locked({call, From}, {button, Digit}, #{code := Code, typed := Typed} = Data) ->
    Typed1 = Typed ++ [Digit],
    case lists:prefix(Typed1, Code) of
        true when Typed1 =:= Code ->
            %% open's enter call answers, so that "*** open" is printed first
            {next_state, open, Data#{opened_by => From}};
        true ->
            {keep_state, Data#{typed := Typed1},
             [{reply, From, {typed, length(Typed1)}}, {timeout, ?TYPING_TIME, typing}]};
        false ->
            {keep_state, Data#{typed := []}, [{reply, From, wrong_code}]}
    end;
locked(EventType, Event, Data) ->
    handle_common(EventType, Event, locked, Data).

open(enter, _OldState, #{opened_by := From} = Data) ->
    io:format("*** open~n"),
    {keep_state, maps:remove(opened_by, Data),
     [{reply, From, unlocked}, {state_timeout, ?OPEN_TIME, lock}]};
open(state_timeout, lock, Data) ->
    {next_state, locked, Data};
open({call, From}, {button, _}, _Data) ->
    {keep_state_and_data, [{reply, From, already_open}]};
open(EventType, Event, Data) ->
    handle_common(EventType, Event, open, Data).

handle_common({call, From}, status, State, _Data) ->
    {keep_state_and_data, [{reply, From, State}]}.

terminate(Reason, State, _Data) ->
    io:format("*** terminate ~p in ~p~n", [Reason, State]).
