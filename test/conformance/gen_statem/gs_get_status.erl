#!/usr/bin/env escript
-module(gs_get_status).
-export([main/1]).
-export([init/1, callback_mode/0, handle_event/4]).
-mode(compile).
%% Exercises: sys:get_status/1 of a state machine: header, status, parent, modules,
%% time-outs (running ones listed), logged events, postponed events, {data, [{"State", ...}]}

main(_) ->
    {ok, P} = gen_statem:start({local, gs_gst}, ?MODULE, [], []),
    gen_statem:cast(P, later),
    gen_statem:cast(P, arm),
    {status, Pid, Mod, [PDict, SysState, Parent, Debug, Misc]} = sys:get_status(P),
    io:format("~p ~p~n", [Pid =:= P, Mod]),
    io:format("~p ~p ~p ~p~n", [lists:keyfind('$initial_call', 1, PDict), SysState, Parent =:= self(), Debug]),
    io:format("~p~n", [Misc]),
    {ok, P2} = gen_statem:start(?MODULE, [], []),
    {status, _, _, [_, _, _, _, Misc2]} = sys:get_status(P2),
    io:format("~p~n", [hd(Misc2)]),
    gen_statem:stop(P), gen_statem:stop(P2).

init([]) -> {ok, idle, #{count => 0}}.
callback_mode() -> handle_event_function.

handle_event(cast, later, _, _) -> {keep_state_and_data, [postpone]};
handle_event(cast, arm, _, _) ->
    {keep_state_and_data, [{state_timeout, 5000, st}, {{timeout, a}, 5000, ga}]}.
