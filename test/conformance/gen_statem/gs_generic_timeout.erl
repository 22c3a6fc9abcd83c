#!/usr/bin/env escript
-module(gs_generic_timeout).
-export([main/1]).
-export([init/1, callback_mode/0, handle_event/4]).
-mode(compile).
%% Exercises: generic {timeout, Name} timeouts: several at once, they survive events and
%% state changes, update changes the message of a running one (or inserts a zero
%% timeout when none runs), cancel stops one; fired order by time

main(_) ->
    {ok, P} = gen_statem:start(?MODULE, self(), []),
    gen_statem:cast(P, arm),
    gen_statem:cast(P, {goto, s2}),
    gen_statem:cast(P, update),
    gen_statem:cast(P, cancel_c),
    collect(3),
    gen_statem:cast(P, update_none),
    collect(1),
    gen_statem:stop(P).

collect(0) -> ok;
collect(N) ->
    receive {fired, S, Name, C} -> io:format("~p fired in ~p: ~p~n", [Name, S, C]), collect(N - 1)
    after 200 -> io:format("nothing more~n")
    end.

init(Parent) -> {ok, s1, Parent}.
callback_mode() -> handle_event_function.

handle_event(cast, arm, _, _) ->
    {keep_state_and_data, [{{timeout, a}, 40, msg_a}, {{timeout, b}, 10, msg_b},
                           {{timeout, c}, 20, msg_c}, {{timeout, d}, 60, msg_d}]};
handle_event(cast, {goto, S}, _, D) -> {next_state, S, D};
handle_event(cast, update, _, _) -> {keep_state_and_data, [{{timeout, a}, update, updated_a}]};
handle_event(cast, cancel_c, _, _) -> {keep_state_and_data, [{{timeout, c}, cancel}]};
handle_event(cast, update_none, _, _) -> {keep_state_and_data, [{{timeout, z}, update, zero}]};
handle_event({timeout, Name}, C, S, Parent) -> Parent ! {fired, S, Name, C}, keep_state_and_data.
