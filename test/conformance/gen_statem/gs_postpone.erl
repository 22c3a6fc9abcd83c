#!/usr/bin/env escript
-module(gs_postpone).
-export([main/1]).
-export([init/1, callback_mode/0, closed/3, open/3]).
-mode(compile).
%% Exercises: postponed events are retried after a state change, in arrival order, and
%% stay postponed on keep_state; postponing a call delays its reply

main(_) ->
    {ok, P} = gen_statem:start(?MODULE, [], []),
    gen_statem:cast(P, {item, 1}),
    gen_statem:cast(P, {item, 2}),
    P ! {item, 3},
    gen_statem:cast(P, nothing),
    Self = self(),
    spawn(fun () -> Self ! {reply, gen_statem:call(P, {item, 4})} end),
    timer:sleep(20),
    io:format("seen before open ~p~n", [gen_statem:call(P, seen)]),
    gen_statem:cast(P, open),
    receive {reply, R} -> io:format("call reply ~p~n", [R]) end,
    io:format("seen after open ~p~n", [gen_statem:call(P, seen)]),
    gen_statem:stop(P).

init([]) -> {ok, closed, []}.
callback_mode() -> state_functions.

closed(cast, open, L) -> {next_state, open, L};
closed(cast, nothing, L) -> {keep_state, [nothing | L]};
closed({call, From}, seen, L) -> {keep_state_and_data, [{reply, From, lists:reverse(L)}]};
closed(_, {item, _}, _) -> {keep_state_and_data, postpone}.

open({call, From}, {item, N}, L) -> {keep_state, [{call, N} | L], [{reply, From, {got, N}}]};
open({call, From}, seen, L) -> {keep_state_and_data, [{reply, From, lists:reverse(L)}]};
open(Type, {item, N}, L) -> {keep_state, [{Type, N} | L]}.
